package fi.taitoura.document;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the public verification page (no sign-in), below the code check: e.g. the
 * certificate feature's check of a pasted or uploaded Open Badge. {@link #create()} makes a new component per page.
 */
public interface VerifyPageSection {

    Component create();
}
