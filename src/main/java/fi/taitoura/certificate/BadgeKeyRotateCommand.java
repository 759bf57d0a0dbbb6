package fi.taitoura.certificate;

import fi.taitoura.base.command.TaitouraCommand;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code ./run badge-key-rotate}: a new Open Badges signing key; badges signed with older keys keep verifying. */
@Component
class BadgeKeyRotateCommand implements TaitouraCommand {

    private final BadgeKeys keys;

    BadgeKeyRotateCommand(BadgeKeys keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "badge-key-rotate";
    }

    @Override
    public String description() {
        return "Adds a new Open Badges signing key (older keys stay published for verification)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        String kid = keys.rotate();
        out.println("New Open Badges signing key: " + kid + " (" + keys.publicKeys().getKeys().size()
                + " keys published)");
        return 0;
    }
}
