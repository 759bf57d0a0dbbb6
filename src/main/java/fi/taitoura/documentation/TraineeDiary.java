package fi.taitoura.documentation;

import fi.taitoura.base.time.Time;
import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.TraineeAccounts;
import fi.taitoura.trainee.TraineeService;
import fi.taitoura.trainee.TraineeService.PeriodRef;
import fi.taitoura.workplace.TaskLibraryService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning diary written by the trainee themself (issue #16; VALO, seed 000): the trainee writes and edits
 * their own entries until the coach has commented; the coach reads and comments. Records only: the trainee's pages
 * never see this feature's entities.
 */
@Service
public class TraineeDiary {

    static final int MAX_TEXT = 5000;
    static final int MAX_COMMENT = 2000;
    /** Photos of one's work on one entry (issue #16). */
    public static final int MAX_PHOTOS = 3;
    /** The largest photo file taken, in bytes. */
    public static final int MAX_PHOTO_BYTES = DiaryPhotos.MAX_UPLOAD_BYTES;

    /** A diary entry: its task links with names, who wrote it (the trainee or staff), the coach's comment. */
    public record EntryView(Long id, long version, LocalDate date, String text, Map<Long, String> tasks,
                            boolean byTrainee, String comment, Instant commentedAt, List<Long> photoIds) {
        /** The trainee may still edit it: they wrote it and no comment is there yet. */
        public boolean editableByTrainee() {
            return byTrainee && comment == null;
        }
    }

    /** What the trainee writes: the day, the text, the tasks it is about (id null: a new entry). */
    public record EntryInput(Long id, long version, LocalDate date, String text, Set<Long> taskIds) {
    }

    /** A task the trainee did on a day (recorded by the coach in the day's attendance). */
    public record DayTask(LocalDate day, Long taskId, String name) {
    }

    private static final ZoneId ZONE = Time.zone();

    private final DiaryEntryRepository diary;
    private final DiaryPhotoRepository photos;
    private final AttendanceRepository attendances;
    private final TraineeService trainees;
    private final TraineeAccounts accounts;
    private final TaskLibraryService tasks;
    private final CurrentUser currentUser;
    private final AuditService audit;

    TraineeDiary(DiaryEntryRepository diary, DiaryPhotoRepository photos, AttendanceRepository attendances, TraineeService trainees,
                 TraineeAccounts accounts, TaskLibraryService tasks, CurrentUser currentUser, AuditService audit) {
        this.diary = diary;
        this.photos = photos;
        this.attendances = attendances;
        this.trainees = trainees;
        this.accounts = accounts;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The period's diary, newest first. */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<EntryView> entries(Long periodId) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        Long traineeUser = accounts.accountOfPeriod(periodId).orElse(null);
        List<DiaryEntry> list = diary.findByPeriodIdOrderByEntryDateDescIdDesc(periodId);
        Map<Long, String> names = names(list.stream().flatMap(d -> d.getTaskIds().stream()).toList());
        audit.recordRead("DiaryEntry", null, p.traineeId(), AuditDetails.of("period", periodId));
        Map<Long, List<Long>> pics = new java.util.HashMap<>();
        if (!list.isEmpty()) {
            photos.findByEntryIdInOrderByIdAsc(list.stream().map(DiaryEntry::getId).toList()).forEach(ph ->
                    pics.computeIfAbsent(ph.getEntryId(), k -> new java.util.ArrayList<>()).add(ph.getId()));
        }
        return list.stream().map(d -> view(d, traineeUser, names, pics.getOrDefault(d.getId(), List.of()))).toList();
    }

    /**
     * The tasks the trainee did in the period's last days (from the coach's day records), newest day first: today's
     * tasks on the trainee's home, and what a diary entry can be about.
     */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public List<DayTask> recentTasks(Long periodId, int days) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        LocalDate from = Time.today().minusDays(days);
        List<Attendance> recent = attendances.findByPeriodIdOrderByDayAsc(periodId).stream()
                .filter(a -> !a.getDay().isBefore(from)).toList().reversed();
        Map<Long, String> names = names(recent.stream().flatMap(a -> a.getTaskIds().stream()).toList());
        audit.recordRead("Attendance", null, p.traineeId(), AuditDetails.of("period", periodId));
        return recent.stream().flatMap(a -> a.getTaskIds().stream()
                .map(t -> new DayTask(a.getDay(), t, names.getOrDefault(t, "#" + t)))).toList();
    }

    /** The trainee writes a new entry or edits their own, until the coach has commented it. */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayWriteOwnPeriod(#periodId)")
    @Transactional
    public EntryView saveOwn(Long periodId, EntryInput input) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        Long me = currentUser.requireId();
        String text = input.text() == null ? "" : input.text().strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("diary.error.text");
        }
        if (text.length() > MAX_TEXT) {
            throw new BusinessRuleException("validation.maxLength", MAX_TEXT);
        }
        LocalDate today = Time.today();
        if (input.date() == null || input.date().isAfter(today) || input.date().isBefore(p.startDate())) {
            throw new BusinessRuleException("diary.error.date");
        }
        Set<Long> done = new LinkedHashSet<>();
        attendances.findByPeriodIdOrderByDayAsc(periodId).forEach(a -> done.addAll(a.getTaskIds()));
        Set<Long> taskIds = input.taskIds() == null ? Set.of() : input.taskIds();
        if (!done.containsAll(taskIds)) {
            throw new BusinessRuleException("me.diary.error.task");
        }
        DiaryEntry entry;
        if (input.id() == null) {
            entry = new DiaryEntry();
            entry.setPeriodId(periodId);
            entry.setWrittenBy(me);
        } else {
            entry = diary.findById(input.id()).orElseThrow();
            if (!Objects.equals(entry.getPeriodId(), periodId) || !Objects.equals(entry.getWrittenBy(), me)) {
                throw new AccessDeniedException("Not the trainee's own entry");
            }
            if (entry.getCoachComment() != null) {
                throw new BusinessRuleException("me.diary.error.commented");
            }
            if (entry.getVersion() != input.version()) {
                throw new ConcurrentEditException("DiaryEntry", entry.getId());
            }
        }
        entry.setEntryDate(input.date());
        entry.setText(text);
        entry.setTaskIds(taskIds);
        DiaryEntry saved = diary.saveAndFlush(entry);
        audit.recordChange(input.id() == null ? AuditAction.CREATE : AuditAction.UPDATE, "DiaryEntry", saved.getId(),
                p.traineeId(), AuditDetails.of("date", saved.getEntryDate(), "by", "trainee"));
        return view(saved, me, names(saved.getTaskIds()), photoIds(saved.getId()));
    }

    /** The coach (or career agent) comments an entry; the trainee then sees the comment and no longer edits. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT') and @traineeAccess.mayWritePeriod(#periodId)")
    @Transactional
    public EntryView comment(Long periodId, Long entryId, long version, String comment) {
        PeriodRef p = trainees.writablePeriodRef(periodId);
        DiaryEntry entry = diary.findById(entryId).orElseThrow();
        if (!Objects.equals(entry.getPeriodId(), periodId)) {
            throw new AccessDeniedException("Entry of another period");
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("me.diary.error.comment");
        }
        if (text.length() > MAX_COMMENT) {
            throw new BusinessRuleException("validation.maxLength", MAX_COMMENT);
        }
        if (entry.getVersion() != version) {
            throw new ConcurrentEditException("DiaryEntry", entryId);
        }
        entry.setCoachComment(text);
        entry.setCommentedBy(currentUser.requireId());
        entry.setCommentedAt(Instant.now());
        DiaryEntry saved = diary.saveAndFlush(entry);
        audit.recordChange(AuditAction.UPDATE, "DiaryEntry", entryId, p.traineeId(), AuditDetails.what("comment"));
        return view(saved, accounts.accountOfPeriod(periodId).orElse(null), names(saved.getTaskIds()),
                photoIds(entryId));
    }

    private Map<Long, String> names(Collection<Long> taskIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!taskIds.isEmpty()) {
            tasks.findTaskRefs(Set.copyOf(taskIds)).forEach((id, t) -> names.put(id, t.name()));
        }
        return names;
    }

    // ------------------------------------------------------------------ photos (issue #16)

    /**
     * The trainee adds a photo of their work to their own entry, under the same rule as editing its text (until the
     * coach has commented), at most {@link #MAX_PHOTOS} per entry. The upload must be a JPEG or PNG by its content;
     * it is stored re-encoded, without its metadata (EXIF, the camera's location). Returns the photo's id.
     */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayWriteOwnPeriod(#periodId)")
    @Transactional
    public Long addPhoto(Long periodId, Long entryId, byte[] upload) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        DiaryEntry entry = ownEditable(periodId, entryId);
        if (photos.countByEntryId(entry.getId()) >= MAX_PHOTOS) {
            throw new BusinessRuleException("me.diary.photo.tooMany", MAX_PHOTOS);
        }
        DiaryPhotos.Cleaned clean = DiaryPhotos.clean(upload);
        DiaryPhoto photo = photos.saveAndFlush(new DiaryPhoto(entry.getId(), clean.width(), clean.height(),
                clean.jpeg().length));
        photos.storeContent(photo.getId(), clean.jpeg());
        audit.recordChange(AuditAction.CREATE, "DiaryPhoto", photo.getId(), p.traineeId(),
                AuditDetails.of("entry", entry.getId()));
        return photo.getId();
    }

    /** The trainee removes a photo from their own entry, under the same rule as adding one. */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayWriteOwnPeriod(#periodId)")
    @Transactional
    public void removePhoto(Long periodId, Long photoId) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        DiaryPhoto photo = photos.findById(photoId).orElseThrow(() -> new AccessDeniedException("No photo"));
        ownEditable(periodId, photo.getEntryId());
        photos.delete(photo);
        audit.recordChange(AuditAction.DELETE, "DiaryPhoto", photoId, p.traineeId(),
                AuditDetails.of("entry", photo.getEntryId()));
    }

    /**
     * A photo of the period's diary, for whoever may read the period (the trainee, the coach in the diary tab); a
     * photo of another period is refused. The read is audited.
     */
    @PreAuthorize("@traineeAccess.mayReadPeriod(#periodId)")
    @Transactional(readOnly = true)
    public byte[] photo(Long periodId, Long photoId) {
        PeriodRef p = trainees.readPeriodRef(periodId);
        DiaryPhoto photo = photos.findById(photoId).orElseThrow(() -> new AccessDeniedException("No photo"));
        DiaryEntry entry = diary.findById(photo.getEntryId()).orElseThrow();
        if (!Objects.equals(entry.getPeriodId(), periodId)) {
            audit.recordRefused("DiaryPhoto", photoId, p.traineeId());
            throw new AccessDeniedException("Photo of another period");
        }
        audit.recordRead("DiaryPhoto", photoId, p.traineeId(), null);
        return photos.loadContent(photoId);
    }

    private DiaryEntry ownEditable(Long periodId, Long entryId) {
        DiaryEntry entry = diary.findById(entryId).orElseThrow(() -> new AccessDeniedException("No entry"));
        if (!Objects.equals(entry.getPeriodId(), periodId)
                || !Objects.equals(entry.getWrittenBy(), currentUser.requireId())) {
            throw new AccessDeniedException("Not the trainee's own entry");
        }
        if (entry.getCoachComment() != null) {
            throw new BusinessRuleException("me.diary.error.commented");
        }
        return entry;
    }

    private List<Long> photoIds(Long entryId) {
        return photos.findByEntryIdInOrderByIdAsc(List.of(entryId)).stream().map(DiaryPhoto::getId).toList();
    }

    private static EntryView view(DiaryEntry d, Long traineeUser, Map<Long, String> names, List<Long> photoIds) {
        Map<Long, String> linked = new LinkedHashMap<>();
        d.getTaskIds().forEach(t -> linked.put(t, names.getOrDefault(t, "#" + t)));
        return new EntryView(d.getId(), d.getVersion(), d.getEntryDate(), d.getText(), linked,
                traineeUser != null && traineeUser.equals(d.getWrittenBy()), d.getCoachComment(), d.getCommentedAt(),
                photoIds);
    }
}
