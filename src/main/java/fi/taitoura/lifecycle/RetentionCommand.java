package fi.taitoura.lifecycle;

import fi.taitoura.base.time.Time;
import fi.taitoura.base.command.TaitouraCommand;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code ./run retention [--apply]}: lists the clients whose retention has ended (and the rules); with
 * {@code --apply} anonymises or erases them, except those to be transferred to an archive first.
 */
@Component
class RetentionCommand implements TaitouraCommand {

    private final DataLifecycleService lifecycle;

    RetentionCommand(DataLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public String description() {
        return "lists clients whose retention has ended; --apply anonymises (or erases) them";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        RetentionRules r = lifecycle.rules();
        LocalDate today = Time.today();
        out.printf("Rules: client records %s after the last period or case (%s), audit log %s, archive first when born on "
                + "day %s%n", r.clientRecords(), r.action(), r.auditLog(), r.archiveBornOnDays());
        List<DataLifecycleService.Due> due = lifecycle.findDueForCommand(today);
        out.printf("%d client(s) due (last period or case ended on or before %s):%n", due.size(),
                r.clientRecordsEndedBy(today));
        for (DataLifecycleService.Due d : due) {
            out.printf("  trainee #%d  organisation #%d  last service ended %s  %s%n", d.traineeId(),
                    d.organisationId(), d.lastPeriodEnd(), d.archiveFirst() ? "TRANSFER TO ARCHIVE FIRST" : d.action());
        }
        if (args.contains("--apply")) {
            out.println("Applied to " + lifecycle.applyAllForCommand(today) + " client(s).");
        }
        return 0;
    }
}
