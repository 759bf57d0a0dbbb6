package fi.taitoura.inclusion;

import fi.taitoura.base.time.Time;
import static fi.taitoura.base.Texts.blankToNull;

import fi.taitoura.audit.AuditAction;
import fi.taitoura.audit.AuditDetails;
import fi.taitoura.audit.AuditService;
import fi.taitoura.base.BusinessRuleException;
import fi.taitoura.base.ConcurrentEditException;
import fi.taitoura.security.CurrentUser;
import fi.taitoura.trainee.TraineeService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inclusion survey's other parts (social relations, health, quality of life, loneliness, labour-market status,
 * benefit and influence, open questions), answered by the trainee at the start and end of a period and entered by
 * the period's coach or career agent. As with the 10 statements, an individual's answers are never scored or shown
 * to anyone else (team leads and case workers are refused); they are reported per group only
 * ({@link InclusionReportService}). Reads and changes are audited without the answers.
 */
@Service
public class InclusionSurveyService {

    static final int MAX_TEXT = 2000;

    private final SurveyResponseRepository responses;
    private final SurveyDefinitions definitions;
    private final TraineeService trainees;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final jakarta.persistence.EntityManager em;
    private fi.taitoura.capacity.OwnAssessments own;

    @org.springframework.beans.factory.annotation.Autowired
    void setOwnAssessments(fi.taitoura.capacity.OwnAssessments own) {
        this.own = own;
    }

    InclusionSurveyService(SurveyResponseRepository responses, SurveyDefinitions definitions, TraineeService trainees,
                           CurrentUser currentUser, AuditService audit, jakarta.persistence.EntityManager em) {
        this.em = em;
        this.responses = responses;
        this.definitions = definitions;
        this.trainees = trainees;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** An answer as entered: an option's value, or a text for an open question. */
    public record AnswerInput(Integer value, String text) {
    }

    /** A phase's answers; {@code expectedVersion} null for a new response. */
    public record ResponseInput(SurveyPhase phase, LocalDate answeredOn, SurveyEntryMethod entryMethod,
                                Map<String, AnswerInput> answers, Long expectedVersion) {
    }

    /** A response for the ones who entered it, to check and correct. */
    public record ResponseView(Long id, long version, SurveyPhase phase, LocalDate answeredOn,
                               SurveyEntryMethod entryMethod, int surveyVersion, Map<String, AnswerInput> answers) {
    }

    public SurveyDefinition definition() {
        return definitions.current();
    }

    /** True when the signed-in user enters the survey for the period (its coaches and career agent). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canRecord(Long periodId) {
        trainees.readPeriodRef(periodId);
        return trainees.canWritePeriod(periodId);
    }

    /** The period's responses, for those who enter them; the read is audited. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional(readOnly = true)
    public List<ResponseView> responses(Long periodId) {
        TraineeService.PeriodRef p = trainees.writablePeriodRef(periodId);
        List<ResponseView> list = responses.findByPeriodIdOrderByPhase(periodId).stream().map(this::view).toList();
        audit.recordRead("InclusionSurveyResponse", periodId, p.traineeId(), AuditDetails.of("count", list.size()));
        return list;
    }

    /** Enters or corrects one phase's answers; every answer is checked against the survey. */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public ResponseView save(Long periodId, ResponseInput in) {
        TraineeService.PeriodRef p = trainees.writablePeriodRef(periodId);
        SurveyDefinition def = definitions.current();
        if (in.phase() == null || in.entryMethod() == null) {
            throw new BusinessRuleException("survey.error.required");
        }
        if (in.entryMethod() == SurveyEntryMethod.BY_TRAINEE) {
            throw new BusinessRuleException("survey.error.traineesOwn");
        }
        if (in.answeredOn() == null || in.answeredOn().isAfter(Time.today())
                || in.answeredOn().isBefore(p.startDate())) {
            throw new BusinessRuleException("survey.error.date");
        }
        SurveyResponse r = responses.findByPeriodIdOrderByPhase(periodId).stream()
                .filter(x -> x.getPhase() == in.phase()).findFirst().orElse(null);
        boolean created = r == null;
        if (r == null) {
            if (in.expectedVersion() != null) {
                throw new ConcurrentEditException("InclusionSurveyResponse", null);
            }
            r = new SurveyResponse(periodId, p.traineeId(), in.phase());
        } else if (in.expectedVersion() == null || r.getVersion() != in.expectedVersion()) {
            throw new ConcurrentEditException("InclusionSurveyResponse", r.getId());
        } else if (r.getEntryMethod() == SurveyEntryMethod.BY_TRAINEE) {
            // the trainee's own answers are theirs: staff may remove them (a mistake) but not change them
            throw new BusinessRuleException("survey.error.traineesOwn");
        } else {
            // a change of the answers alone is a change of the response: its version moves on
            em.lock(r, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        r.setSurvey(def.code(), def.version());
        r.setAnsweredOn(in.answeredOn());
        r.setEntryMethod(in.entryMethod());
        r.setEnteredBy(currentUser.requireId());
        // Answers are updated in place (not cleared and re-added): the database checks one answer per question.
        Map<String, SurveyAnswer> existing = new LinkedHashMap<>();
        r.getAnswers().forEach(a -> existing.put(a.getQuestionKey(), a));
        java.util.Set<String> kept = new java.util.HashSet<>();
        int answered = 0;
        for (var e : in.answers().entrySet()) {
            SurveyDefinition.Question q = def.question(e.getKey())
                    .orElseThrow(() -> new BusinessRuleException("survey.error.question", e.getKey()));
            if (!q.askedIn(in.phase())) {
                throw new BusinessRuleException("survey.error.phase", e.getKey());
            }
            AnswerInput a = e.getValue();
            Integer value = null;
            String text = null;
            if (a == null) {
                continue;
            }
            if (q.type() == SurveyDefinition.QuestionType.TEXT) {
                text = blankToNull(a.text());
                if (text == null) {
                    continue;
                }
                if (text.length() > MAX_TEXT) {
                    throw new BusinessRuleException("validation.maxLength", MAX_TEXT);
                }
            } else {
                if (a.value() == null) {
                    continue;
                }
                if (q.option(a.value()).isEmpty()) {
                    throw new BusinessRuleException("survey.error.option", e.getKey());
                }
                value = a.value();
            }
            SurveyAnswer answer = existing.get(q.key());
            if (answer == null) {
                r.getAnswers().add(new SurveyAnswer(r, q.key(), value, text));
            } else {
                answer.set(value, text);
            }
            kept.add(q.key());
            answered++;
        }
        r.getAnswers().removeIf(a -> !kept.contains(a.getQuestionKey()));
        if (answered == 0) {
            throw new BusinessRuleException("survey.error.empty");
        }
        SurveyResponse saved = responses.saveAndFlush(r);
        audit.recordChange(created ? AuditAction.CREATE : AuditAction.UPDATE, "InclusionSurveyResponse",
                saved.getId(), saved.getTraineeId(), AuditDetails.of("period", periodId, "phase", saved.getPhase(),
                        "answers", answered));
        return view(saved);
    }

    // ------------------------------------------------------------------ the trainee themself (issue #16)

    /** Key prefix of the survey's own questions in the trainee's form (the 10 statements are keyed by item id). */
    public static final String SURVEY_KEY = "s.";

    /** A question of the trainee's survey form: text, options (none for an open question), the part it belongs to. */
    public record OwnQuestion(String key, SurveyDefinition.Text part, SurveyDefinition.Text text,
                              List<SurveyDefinition.Option> options, boolean open) {
    }

    /**
     * THL's inclusion survey as the trainee answers it on their phone: the 10 statements of the inclusion indicator
     * (capacity feature, keys are item ids), then the survey's other parts asked in the phase (keys {@code s.<key>}).
     */
    public record OwnSurvey(fi.taitoura.capacity.OwnAssessments.Form statements, List<OwnQuestion> others) {
    }

    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayAnswerOwnPeriod(#periodId)")
    @Transactional(readOnly = true)
    public OwnSurvey ownSurvey(Long periodId, Long instrumentId, fi.taitoura.capacity.AssessmentPhase phase) {
        fi.taitoura.capacity.OwnAssessments.Form statements = own.form(periodId, instrumentId, phase);
        SurveyPhase surveyPhase = SurveyPhase.valueOf(phase.name());
        List<OwnQuestion> others = new java.util.ArrayList<>();
        for (SurveyDefinition.Part part : definitions.current().parts()) {
            for (SurveyDefinition.Question q : part.questions()) {
                if (q.askedIn(surveyPhase)) {
                    others.add(new OwnQuestion(SURVEY_KEY + q.key(), part.name(), q.text(),
                            q.options() == null ? List.of() : q.options(),
                            q.type() == SurveyDefinition.QuestionType.TEXT));
                }
            }
        }
        return new OwnSurvey(statements, others);
    }

    /**
     * Sends the trainee's survey: the statements as their self-rating of the inclusion indicator and the other
     * parts as the phase's response, entered {@link SurveyEntryMethod#BY_TRAINEE}, in one transaction. Answers are
     * option values as text, or the text of an open question; a question may be left out.
     */
    @PreAuthorize("hasRole('TRAINEE') and @traineeAccess.mayAnswerOwnPeriod(#periodId)")
    @Transactional
    public void submitOwn(Long periodId, Long instrumentId, fi.taitoura.capacity.AssessmentPhase phase,
                          Map<String, String> answers) {
        Map<String, Integer> statements = new LinkedHashMap<>();
        Map<String, AnswerInput> others = new LinkedHashMap<>();
        SurveyDefinition def = definitions.current();
        answers.forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                return;
            }
            if (k.startsWith(SURVEY_KEY)) {
                String key = k.substring(SURVEY_KEY.length());
                SurveyDefinition.Question q = def.question(key)
                        .orElseThrow(() -> new BusinessRuleException("survey.error.question", key));
                others.put(key, q.type() == SurveyDefinition.QuestionType.TEXT ? new AnswerInput(null, v)
                        : new AnswerInput(parse(v), null));
            } else {
                statements.put(k, parse(v));
            }
        });
        fi.taitoura.capacity.OwnAssessments.Answered sent = own.submit(periodId, instrumentId, phase, statements);
        if (others.isEmpty()) {
            return;
        }
        TraineeService.PeriodRef p = trainees.readPeriodRef(periodId);
        SurveyPhase surveyPhase = SurveyPhase.valueOf(phase.name());
        if (responses.findByPeriodIdOrderByPhase(periodId).stream().anyMatch(x -> x.getPhase() == surveyPhase)) {
            throw new BusinessRuleException("me.assess.error.answered");
        }
        SurveyResponse r = new SurveyResponse(periodId, p.traineeId(), surveyPhase);
        r.setSurvey(def.code(), def.version());
        r.setAnsweredOn(sent.answeredOn());
        r.setEntryMethod(SurveyEntryMethod.BY_TRAINEE);
        r.setEnteredBy(currentUser.requireId());
        for (var e : others.entrySet()) {
            SurveyDefinition.Question q = def.question(e.getKey()).orElseThrow();
            if (!q.askedIn(surveyPhase)) {
                throw new BusinessRuleException("survey.error.phase", e.getKey());
            }
            AnswerInput a = e.getValue();
            if (a.text() != null && a.text().length() > MAX_TEXT) {
                throw new BusinessRuleException("validation.maxLength", MAX_TEXT);
            }
            if (a.value() != null && q.option(a.value()).isEmpty()) {
                throw new BusinessRuleException("survey.error.option", e.getKey());
            }
            r.getAnswers().add(new SurveyAnswer(r, q.key(), a.value(), a.text() == null ? null : a.text().strip()));
        }
        SurveyResponse saved = responses.saveAndFlush(r);
        audit.recordChange(AuditAction.CREATE, "InclusionSurveyResponse", saved.getId(), saved.getTraineeId(),
                AuditDetails.of("period", periodId, "phase", saved.getPhase(), "answers", others.size(), "by",
                        "trainee"));
    }

    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("survey.error.required");
        }
    }

    /** Removes a phase's answers (entered by mistake). */
    @PreAuthorize("hasAnyRole('COACH', 'CAREER_AGENT')")
    @Transactional
    public void delete(Long responseId) {
        SurveyResponse r = responses.findById(responseId).orElseThrow(() -> new AccessDeniedException("No such"));
        trainees.requirePeriodForWrite(r.getPeriodId());
        responses.delete(r);
        audit.recordChange(AuditAction.DELETE, "InclusionSurveyResponse", responseId, r.getTraineeId(),
                AuditDetails.of("period", r.getPeriodId(), "phase", r.getPhase()));
    }

    private ResponseView view(SurveyResponse r) {
        Map<String, AnswerInput> answers = new LinkedHashMap<>();
        r.getAnswers().forEach(a -> answers.put(a.getQuestionKey(), new AnswerInput(a.getOptionValue(),
                a.getTextValue())));
        return new ResponseView(r.getId(), r.getVersion(), r.getPhase(), r.getAnsweredOn(), r.getEntryMethod(),
                r.getSurveyVersion(), answers);
    }
}
