package fi.taitoura.trainee;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.command.TaitouraCommand;
import java.io.PrintStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every stored personal identity code to the current keys: re-encrypts codes under an older encryption key
 * and re-hashes codes whose duplicate-check hash was made with another key (or before key ids). Runs at start and
 * as {@code ./run personal-id-rekey}. No value leaves the server and only the count is audited.
 */
@Component
class PersonalIdRekey implements TaitouraCommand {

    private static final Logger log = LoggerFactory.getLogger(PersonalIdRekey.class);

    private final TraineeRepository trainees;
    private final PersonalIdCipher cipher;
    private final AuditService audit;
    private final TransactionTemplate tx;

    PersonalIdRekey(TraineeRepository trainees, PersonalIdCipher cipher, AuditService audit, TransactionTemplate tx) {
        this.trainees = trainees;
        this.cipher = cipher;
        this.audit = audit;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void atStart() {
        int n = rekey();
        if (n > 0) {
            log.info("Brought {} personal identity code(s) to the current keys", n);
        }
    }

    /** Re-encrypts and re-hashes what is not under the current keys; returns how many records changed. */
    int rekey() {
        Integer changed = tx.execute(s -> {
            int n = 0;
            for (Object[] row : trainees.findPersonalIds()) {
                Long id = (Long) row[0];
                String enc = (String) row[1];
                String hash = (String) row[2];
                if (cipher.isCurrent(enc) && cipher.isCurrentHash(hash)) {
                    continue;
                }
                String plain = cipher.decrypt(enc);
                trainees.updatePersonalId(id, cipher.isCurrent(enc) ? enc : cipher.encrypt(plain),
                        cipher.hash(plain));
                n++;
            }
            if (n > 0) {
                audit.recordSystemEvent(AuditAction.UPDATE, "Trainee", null, null,
                        AuditDetails.of("what", "personalIdRekey", "count", n));
            }
            return n;
        });
        return changed == null ? 0 : changed;
    }

    @Override
    public String name() {
        return "personal-id-rekey";
    }

    @Override
    public String description() {
        return "re-encrypts and re-hashes stored personal identity codes with the current keys (after a rotation)";
    }

    @Override
    public int run(List<String> args, PrintStream out) {
        out.println("Brought " + rekey() + " personal identity code(s) to the current keys");
        return 0;
    }
}
