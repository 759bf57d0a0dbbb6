package fi.taitoura.demo;

import fi.taitoura.certificate.CertificateService.OwnCertificate;
import fi.taitoura.share.ShareService;
import fi.taitoura.user.AppUser;
import fi.taitoura.user.UserService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo trainee's share link (issue #16): valmentautuja (Mikko Laaksonen) shared his certificate for a summer-job
 * application; an employer has opened it once. Its address is not kept (only its hash), so the demo shows the link
 * in the trainee's list; a new one is made on /me/documents.
 */
@Component
class ShareDemoData implements DemoDataContributor {

    private final UserService users;
    private final ShareService shares;

    ShareDemoData(UserService users, ShareService shares) {
        this.users = users;
        this.shares = shares;
    }

    @Override
    public int order() {
        return 970; // after the trainee's own account (960) and the certificates
    }

    @Override
    public void load() {
        AppUser own = users.findByUsername(TraineeAppDemoData.USERNAME).orElseThrow();
        String token = DemoSecurity.as(own, () -> {
            List<Long> current = shares.ownCertificates().stream().filter(OwnCertificate::current)
                    .map(OwnCertificate::certificateId).limit(1).toList();
            return current.isEmpty() ? null
                    : shares.create(current, ShareService.DEFAULT_DAYS, "Kesätyöhaku").token();
        });
        if (token != null) {
            shares.open(token); // the employer opened it once (no sign-in)
        }
    }
}
