package fi.taitoura.security.ui;

import com.vaadin.flow.component.UI;
import java.time.Duration;

/**
 * The browser side of the idle timeout. It watches the user's own input (keys, pointer, touch, wheel): while the
 * user types or clicks without the page talking to the server (a long diary entry), it sends a small keep-alive
 * request at most once a minute, so the session does not end under the user's hands and nothing typed is lost.
 * When there has been no input for the timeout minus the warning time, it shows an accessible warning with a
 * button to continue; any input continues too. Texts come from the translations.
 */
final class IdleWarning {

    static final String EVENT = "taitoura-still-here";

    private IdleWarning() {
    }

    static void install(UI ui, Duration timeout, Duration warning) {
        ui.getElement().addEventListener(EVENT, e -> {
            // the request itself is the point: it counts as activity for closeIdleSessions
        });
        long timeoutMs = timeout.toMillis();
        long warnMs = Math.min(warning.toMillis(), timeoutMs / 2);
        ui.getPage().executeJs(SCRIPT, timeoutMs, warnMs, ui.getTranslation("session.idle.title"),
                ui.getTranslation("session.idle.message", Math.max(1, warnMs / 60_000)),
                ui.getTranslation("session.idle.continue"), EVENT);
    }

    private static final String SCRIPT = """
            const timeoutMs = $0, warnMs = $1, title = $2, message = $3, label = $4, eventName = $5;
            if (window.__taitouraIdle) { window.__taitouraIdle.stop(); }
            let lastInput = Date.now(), lastPing = Date.now(), box = null;
            const ping = () => { lastPing = Date.now(); document.body.dispatchEvent(new CustomEvent(eventName)); };
            const hide = () => { if (box) { box.remove(); box = null; } };
            const show = () => {
              box = document.createElement('div');
              box.id = 'idle-warning';
              box.setAttribute('role', 'alertdialog');
              box.setAttribute('aria-modal', 'false');
              box.setAttribute('aria-labelledby', 'idle-warning-title');
              box.setAttribute('aria-describedby', 'idle-warning-text');
              const h = document.createElement('h2'); h.id = 'idle-warning-title'; h.textContent = title;
              const p = document.createElement('p'); p.id = 'idle-warning-text'; p.textContent = message;
              const b = document.createElement('button'); b.type = 'button'; b.id = 'idle-warning-continue';
              b.textContent = label;
              b.addEventListener('click', () => { lastInput = Date.now(); hide(); ping(); });
              box.append(h, p, b);
              document.body.append(box);
              b.focus();
            };
            const onInput = () => {
              lastInput = Date.now();
              if (box) { hide(); ping(); }
            };
            const types = ['keydown', 'pointerdown', 'touchstart', 'wheel', 'input'];
            types.forEach(t => document.addEventListener(t, onInput, {capture: true, passive: true}));
            const timer = setInterval(() => {
              const now = Date.now();
              if (lastInput > lastPing && now - lastPing >= 60000) { ping(); }
              if (!box && now - lastInput >= timeoutMs - warnMs) { show(); }
            }, 5000);
            window.__taitouraIdle = { stop: () => { clearInterval(timer);
              types.forEach(t => document.removeEventListener(t, onInput, {capture: true})); hide(); } };
            """;
}
