package fi.taitoura.base.ui;

/** A view that names itself in the header and the browser tab. */
public interface HasViewTitle {

    String getViewTitle();
}
