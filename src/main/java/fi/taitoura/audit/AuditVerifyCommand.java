package fi.taitoura.audit;

import fi.taitoura.base.command.TaitouraCommand;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code ./run audit-verify}: recomputes the audit log's hash chain; exit code 3 when it is broken. */
@Component
class AuditVerifyCommand implements TaitouraCommand {

    private final AuditChain chain;

    AuditVerifyCommand(AuditChain chain) {
        this.chain = chain;
    }

    @Override
    public String name() {
        return "audit-verify";
    }

    @Override
    public String description() {
        return "checks the audit log's hash chain: reports edited, deleted or reordered entries (exit 3)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        if (args.contains("--seal")) {
            out.println("Sealed " + chain.sealPending() + " new entries");
        }
        AuditChain.Verification v = chain.verify();
        out.printf("Audit chain: %d sealed entries, %d not yet sealed, head %d %s%n", v.sealed(), v.unsealed(),
                v.headSeq(), v.headHash());
        if (v.intact()) {
            out.println("OK: no entry was changed or removed since it was sealed.");
            return 0;
        }
        out.println("TAMPERED: " + v.problems().size() + " problem(s):");
        v.problems().forEach(p -> out.println("  " + p));
        return 3;
    }
}
