package fi.taitoura.me.ui;

import com.vaadin.flow.component.html.Anchor;

/** Large links of the trainee's pages (44 px and more, whole width on a phone). */
final class MeLinks {

    private MeLinks() {
    }

    static Anchor big(String href, String text, String id) {
        Anchor a = new Anchor(href, text);
        a.addClassName("me-big-link");
        a.setId(id);
        return a;
    }
}
