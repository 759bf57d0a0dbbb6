package fi.taitoura.share;

import fi.taitoura.trainee.TraineesMergedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves share links to the kept record when an administrator links duplicate trainee records. */
@Component
class ShareTraineeMerge {

    private final ShareLinkRepository links;

    ShareTraineeMerge(ShareLinkRepository links) {
        this.links = links;
    }

    @EventListener
    void onMerged(TraineesMergedEvent event) {
        links.moveTrainee(event.mergedId(), event.keptId());
    }
}
