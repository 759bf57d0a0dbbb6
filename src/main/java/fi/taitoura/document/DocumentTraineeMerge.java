package fi.taitoura.document;

import fi.taitoura.trainee.TraineesMergedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Moves issued documents to the kept record when an administrator links duplicate trainee records. */
@Component
class DocumentTraineeMerge {

    private final IssuedDocumentRepository documents;

    DocumentTraineeMerge(IssuedDocumentRepository documents) {
        this.documents = documents;
    }

    @EventListener
    void onMerged(TraineesMergedEvent event) {
        documents.moveTrainee(event.mergedId(), event.keptId());
    }
}
