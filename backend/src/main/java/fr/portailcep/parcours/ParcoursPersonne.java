package fr.portailcep.parcours;

import java.util.Comparator;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parcours as the person sees it (read model): where they stand, whom to contact, the timeline and what comes
 * next. Only their own: the bénéficiaire signed in.
 */
@Service
public class ParcoursPersonne {

    /** "Mon parcours" shows this many next actions. */
    static final int PROCHAINES_ACTIONS = 3;

    private final AccesDossiers acces;
    private final LecturesDossier lectures;

    ParcoursPersonne(AccesDossiers acces, LecturesDossier lectures) {
        this.acces = acces;
        this.lectures = lectures;
    }

    /** The dossier of the bénéficiaire signed in, if they have one. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public Optional<VueDossier> monDossier() {
        return lectures.dossier(acces.monBeneficiaireId());
    }

    /** "Mon parcours": where the person stands, whom to contact, the timeline and what comes next. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public MonParcours monParcours() {
        var beneficiaireId = acces.monBeneficiaireId();
        var dossier = lectures.dossier(beneficiaireId);
        var actions = lectures.actions(dossier);
        var prochaines = actions.stream().filter(VueAction::aFaire)
                .sorted(Comparator.comparing((VueAction a) -> a.echeance().orElse(LocalDate.MAX)))
                .limit(PROCHAINES_ACTIONS).toList();
        return new MonParcours(dossier, dossier.flatMap(lectures::contact),
                lectures.frise(beneficiaireId, dossier, actions), prochaines);
    }
}
