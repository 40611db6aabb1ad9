package fr.portailcep.parcours;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Role;
import fr.portailcep.shared.Systeme;
import fr.portailcep.shared.Textes;

/**
 * The plan d'actions, co-built by the person and the conseiller: objectives, actions, their statuses and every
 * revision; the choice of an organisation among all those of the region; reminders of overdue actions. Every
 * method checks the role and that the action belongs to a dossier the caller may see.
 */
@Service
public class PlanActionsService {

    private static final Logger LOG = LoggerFactory.getLogger(PlanActionsService.class);

    private final ObjectifRepository objectifs;
    private final ActionPlanRepository actions;
    private final DossierRepository dossiers;
    private final OrganismeRepository organismes;
    private final AccesDossiers acces;
    private final Referentiels referentiels;
    private final BeneficiaireService beneficiaires;
    private final NotificationsParcours notifications;
    private final TransactionTemplate transaction;
    private final Textes textes;
    private final Clock horloge;

    PlanActionsService(ObjectifRepository objectifs, ActionPlanRepository actions, DossierRepository dossiers,
            OrganismeRepository organismes, AccesDossiers acces, Referentiels referentiels,
            BeneficiaireService beneficiaires, NotificationsParcours notifications, TransactionTemplate transaction,
            Textes textes, Clock horloge) {
        this.objectifs = objectifs;
        this.actions = actions;
        this.dossiers = dossiers;
        this.organismes = organismes;
        this.acces = acces;
        this.referentiels = referentiels;
        this.beneficiaires = beneficiaires;
        this.notifications = notifications;
        this.transaction = transaction;
        this.textes = textes;
        this.horloge = horloge;
    }

    // ---------------------------------------------------------------- reading

    /** The plan of the bénéficiaire signed in (empty when they have no dossier or no plan yet). */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public PlanActions monPlan() {
        return dossiers.findByBeneficiaireId(acces.monBeneficiaireId()).map(d -> plan(d.id()))
                .orElse(new PlanActions(List.of()));
    }

    /** The plan of a person, for the team. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public PlanActions planDe(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        return dossiers.findByBeneficiaireId(beneficiaireId).map(d -> plan(d.id())).orElse(new PlanActions(List.of()));
    }

    /** One action with its revisions, for the person it belongs to or their team. */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public ActionPlan action(UUID actionId) {
        return charger(actionLisible(actionId));
    }

    /** The objective an action belongs to. */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public Objectif objectifDe(UUID actionId) {
        return objectifs.findById(actionLisible(actionId).objectifId()).orElseThrow(ElementIntrouvable::new);
    }

    /**
     * Every organisation of the region that delivers the complementary service of this action, by name, the
     * operator's own ones included and flagged (neutrality, CCTP §2.1.3).
     */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Organisme> organismesPour(UUID actionId) {
        var action = actionLisible(actionId);
        if (action.nature() != NatureAction.PRESTATION_COMPLEMENTAIRE || action.typeCode().isEmpty()) {
            return List.of();
        }
        return organismes.delivrant(action.typeCode().get());
    }

    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public java.util.Optional<Organisme> organisme(UUID organismeId) {
        return organismes.findById(organismeId);
    }

    // ---------------------------------------------------------------- the person and the conseiller

    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER')")
    @Transactional
    public ActionPlan commencer(UUID actionId) {
        return changer(actionId, (a, acteur) -> a.commencer(acteur, horloge.instant()));
    }

    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER')")
    @Transactional
    public ActionPlan terminer(UUID actionId) {
        return changer(actionId, (a, acteur) -> a.terminer(acteur, horloge.instant()));
    }

    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER')")
    @Transactional
    public ActionPlan rouvrir(UUID actionId) {
        return changer(actionId, (a, acteur) -> a.rouvrir(acteur, horloge.instant()));
    }

    /**
     * Pauses an action with the reason chosen ("j'ai un doute" is a valid reason) and what the person adds (needed
     * for {@link RaisonPause#AUTRE}).
     */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER')")
    @Transactional
    public ActionPlan mettreEnPause(UUID actionId, RaisonPause raison, String motif) {
        return changer(actionId, (a, acteur) -> a.mettreEnPause(raison, motif, acteur, horloge.instant()));
    }

    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER')")
    @Transactional
    public ActionPlan reprendre(UUID actionId) {
        return changer(actionId, (a, acteur) -> a.reprendre(acteur, horloge.instant()));
    }

    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER')")
    @Transactional
    public ActionPlan commenter(UUID actionId, String texte) {
        return changer(actionId, (a, acteur) -> a.commenter(texte, acteur, horloge.instant()));
    }

    /** Records the organisation chosen among all those shown for the service of this action. */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER')")
    @Transactional
    public ActionPlan choisirOrganisme(UUID actionId, UUID organismeId) {
        var proposes = organismesPour(actionId);
        var organisme = proposes.stream().filter(o -> o.id().equals(organismeId)).findFirst()
                .orElseThrow(() -> new OperationRefusee("plan.refus.organisme"));
        return changer(actionId, (a, acteur) -> a.choisirOrganisme(organisme, proposes.size(), acteur,
                horloge.instant()));
    }

    // ---------------------------------------------------------------- the person

    /** The person gives an action up, and says why. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public ActionPlan abandonner(UUID actionId, String motif) {
        return changer(actionId, (a, acteur) -> a.abandonner(motif, acteur, horloge.instant()));
    }

    /**
     * The person proposes an action; the conseiller validates it. Without an objective, it goes under "Mes idées
     * d'actions", created the first time.
     */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public ActionPlan proposer(UUID objectifId, String intitule, String precisions, LocalDate echeance) {
        var dossier = dossiers.findByBeneficiaireId(acces.monBeneficiaireId())
                .orElseThrow(() -> new OperationRefusee("plan.refus.sansdossier"));
        var objectif = objectifId == null ? objectifDesIdees(dossier)
                : objectifs.findById(objectifId).filter(o -> o.dossierId().equals(dossier.id()))
                        .orElseThrow(ElementIntrouvable::new);
        var action = ActionPlan.creer(objectif, NouvelleAction.proposee(intitule, precisions, echeance),
                Acteur.beneficiaire(acces.moi().id()), LocalDate.now(horloge), horloge.instant());
        return charger(actions.saveAndFlush(action));
    }

    // ---------------------------------------------------------------- the conseiller

    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public Objectif ajouterObjectif(UUID beneficiaireId, String intitule) {
        acces.exiger(beneficiaireId, "AJOUTER_OBJECTIF");
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId)
                .orElseThrow(() -> new OperationRefusee("plan.refus.sansdossier"));
        return objectifs.saveAndFlush(new Objectif(dossier.id(), intitule, (int) objectifs.countByDossierId(dossier.id()) + 1,
                acces.moi().id(), horloge.instant()));
    }

    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public ActionPlan ajouterAction(UUID objectifId, NouvelleAction nouvelle) {
        var objectif = objectifs.findById(objectifId).orElseThrow(ElementIntrouvable::new);
        acces.exiger(dossiers.findById(objectif.dossierId()).orElseThrow(ElementIntrouvable::new).beneficiaireId(),
                "AJOUTER_ACTION");
        verifierCodes(nouvelle);
        var action = ActionPlan.creer(objectif, nouvelle, Acteur.equipe(acces.moi().id()), LocalDate.now(horloge),
                horloge.instant());
        return charger(actions.saveAndFlush(action));
    }

    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public ActionPlan modifier(UUID actionId, NouvelleAction modifiee) {
        verifierCodes(modifiee);
        return changer(actionId, (a, acteur) -> a.modifier(modifiee, acteur, LocalDate.now(horloge),
                horloge.instant()));
    }

    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public ActionPlan valider(UUID actionId) {
        return changer(actionId, (a, acteur) -> a.valider(acteur, horloge.instant()));
    }

    /** The operator cancels an action (or declines a proposal), and says why. */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public ActionPlan annuler(UUID actionId, String motif) {
        return changer(actionId, (a, acteur) -> a.annuler(motif, acteur, horloge.instant()));
    }

    // ---------------------------------------------------------------- the system

    /**
     * The reminder job: each overdue action is reminded once per due date (a new due date may be reminded again),
     * each in its own transaction. Idempotent across runs and restarts.
     *
     * @return the number of reminders sent
     */
    @Systeme
    public int relancerActionsEnRetard() {
        var aujourdhui = LocalDate.now(horloge);
        var total = 0;
        for (var id : transaction.execute(s -> actions.aRelancer(aujourdhui))) {
            try {
                Boolean relancee = transaction.execute(s -> {
                    var action = actions.findById(id).orElseThrow();
                    if (!action.aRelancer(aujourdhui)) {
                        return false;
                    }
                    var dossier = dossiers.findById(action.dossierId()).orElseThrow();
                    var personne = beneficiaires.parIdPourLeSysteme(dossier.beneficiaireId());
                    if (personne.isEmpty()) {
                        return false;
                    }
                    action.noterRelance(horloge.instant());
                    actions.saveAndFlush(action);
                    notifications.relance(personne.get(), action);
                    return true;
                });
                total += Boolean.TRUE.equals(relancee) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Relance de l’action {} reportée : {}", id, e.getMessage());
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- internals

    private PlanActions plan(UUID dossierId) {
        var toutes = actions.findByDossierIdOrderByCreeLe(dossierId);
        toutes.forEach(PlanActionsService::charger);
        return new PlanActions(objectifs.findByDossierIdOrderByOrdre(dossierId).stream()
                .map(o -> new PlanActions.Bloc(o, toutes.stream().filter(a -> a.objectifId().equals(o.id())).toList()))
                .toList());
    }

    private Objectif objectifDesIdees(Dossier dossier) {
        var titre = textes.get("plan.objectif.idees");
        return objectifs.findByDossierIdOrderByOrdre(dossier.id()).stream().filter(o -> o.intitule().equals(titre))
                .findFirst().orElseGet(() -> objectifs.saveAndFlush(new Objectif(dossier.id(), titre,
                        (int) objectifs.countByDossierId(dossier.id()) + 1, acces.moi().id(), horloge.instant())));
    }

    private ActionPlan changer(UUID actionId, BiConsumer<ActionPlan, Acteur> changement) {
        var action = actionModifiable(actionId);
        var moi = acces.moi();
        changement.accept(action, moi.role() == Role.BENEFICIAIRE ? Acteur.beneficiaire(moi.id()) : Acteur.equipe(moi.id()));
        return charger(actions.saveAndFlush(action));
    }

    /** The action, if the caller may read the dossier it belongs to (journaled); otherwise "not found". */
    private ActionPlan actionLisible(UUID actionId) {
        var action = actions.findById(actionId).orElseThrow(ElementIntrouvable::new);
        acces.exigerLecture(beneficiaireDe(action), ActionAudit.LECTURE_DOSSIER);
        return action;
    }

    /** The action, if the caller may act on the dossier it belongs to; otherwise "not found". */
    private ActionPlan actionModifiable(UUID actionId) {
        var action = actions.findById(actionId).orElseThrow(ElementIntrouvable::new);
        acces.exiger(beneficiaireDe(action), "ACTION " + actionId);
        return action;
    }

    private UUID beneficiaireDe(ActionPlan action) {
        return dossiers.findById(action.dossierId()).orElseThrow(ElementIntrouvable::new).beneficiaireId();
    }

    private void verifierCodes(NouvelleAction nouvelle) {
        if (nouvelle.nature() == null) {
            throw OperationRefusee.surLeChamp("nature", "plan.refus.nature.vide");
        }
        var referentiel = nouvelle.nature().referentielType();
        if (referentiel.isPresent()) {
            if (nouvelle.typeCode() == null) {
                throw OperationRefusee.surLeChamp("typeCode", "plan.refus.type.vide");
            }
            referentiels.exigerValide(referentiel.get(), nouvelle.typeCode());
        } else if (nouvelle.typeCode() != null) {
            throw OperationRefusee.surLeChamp("typeCode", "plan.refus.type.inattendu");
        }
        if (nouvelle.nature().aUnFinancement()) {
            referentiels.exigerValide(Referentiel.FINANCEMENT_FORMATION, nouvelle.financementCode());
        }
    }

    private static ActionPlan charger(ActionPlan action) {
        action.revisions();
        return action;
    }
}
