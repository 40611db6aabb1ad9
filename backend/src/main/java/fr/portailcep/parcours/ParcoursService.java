package fr.portailcep.parcours;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Systeme;
import fr.portailcep.shared.Textes;

/**
 * The dossier and its units of work: engaging and closing them, the référent unique, the log of interactions, the
 * caseload of a conseiller and the parcours as the person sees it. Each method checks who may call it (role) and
 * on which dossier ({@link AccesDossiers}); the system methods at the end are for jobs and other features.
 */
@Service
public class ParcoursService {

    private static final Logger LOG = LoggerFactory.getLogger(ParcoursService.class);

    /** A unit whose period ends within this many days shows in the caseload. */
    static final int ALERTE_FIN_UNITE_JOURS = 21;

    private final DossierRepository dossiers;
    private final InteractionRepository interactions;
    private final ActionPlanRepository actions;
    private final NumerotationDossiers numerotation;
    private final AccesDossiers acces;
    private final BeneficiaireService beneficiaires;
    private final CompteService comptes;
    private final OperateurService operateurs;
    private final Referentiels referentiels;
    private final NotificationsParcours notifications;
    private final List<ContributionParcours> contributions;
    private final List<SourceUrgences> sourcesUrgences;
    private final TransactionTemplate transaction;
    private final Textes textes;
    private final Clock horloge;

    ParcoursService(DossierRepository dossiers, InteractionRepository interactions, ActionPlanRepository actions,
            NumerotationDossiers numerotation, AccesDossiers acces, BeneficiaireService beneficiaires,
            CompteService comptes, OperateurService operateurs, Referentiels referentiels,
            NotificationsParcours notifications, List<ContributionParcours> contributions,
            List<SourceUrgences> sourcesUrgences, TransactionTemplate transaction, Textes textes, Clock horloge) {
        this.dossiers = dossiers;
        this.interactions = interactions;
        this.actions = actions;
        this.numerotation = numerotation;
        this.acces = acces;
        this.beneficiaires = beneficiaires;
        this.comptes = comptes;
        this.operateurs = operateurs;
        this.referentiels = referentiels;
        this.notifications = notifications;
        this.contributions = contributions;
        this.sourcesUrgences = sourcesUrgences;
        this.transaction = transaction;
        this.textes = textes;
        this.horloge = horloge;
    }

    // ---------------------------------------------------------------- the person

    /** The dossier of the bénéficiaire signed in, if they have one. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public Optional<Dossier> monDossier() {
        return dossiers.findByBeneficiaireId(acces.monBeneficiaireId()).map(ParcoursService::charger);
    }

    /** "Mon parcours": where the person stands, whom to contact, the timeline and what comes next. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public MonParcours monParcours() {
        var beneficiaireId = acces.monBeneficiaireId();
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId).map(ParcoursService::charger);
        var aujourdhui = LocalDate.now(horloge);
        var actionsDuDossier = dossier.map(d -> actions.findByDossierIdOrderByCreeLe(d.id())).orElse(List.of());
        var prochaines = actionsDuDossier.stream()
                .filter(a -> a.statut() == StatutAction.A_FAIRE || a.statut() == StatutAction.EN_COURS)
                .sorted(Comparator.comparing((ActionPlan a) -> a.echeance().orElse(LocalDate.MAX)))
                .limit(3).toList();
        return new MonParcours(dossier, dossier.flatMap(this::contact),
                etapes(beneficiaireId, dossier, actionsDuDossier, aujourdhui), prochaines);
    }

    // ---------------------------------------------------------------- the operator's team

    /** The dossier of a person, for the team; empty when the person has none yet. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<Dossier> dossierDe(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        return dossiers.findByBeneficiaireId(beneficiaireId).map(ParcoursService::charger);
    }

    /** The person whose dossier this is, for the team. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public Beneficiaire beneficiaire(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_FICHE);
        return beneficiaires.parIdPourLeSysteme(beneficiaireId).orElseThrow(ElementIntrouvable::new);
    }

    /** The timeline of a person as the team sees it (the same as the person's). */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<EtapeParcours> frise(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId).map(ParcoursService::charger);
        var actionsDuDossier = dossier.map(d -> actions.findByDossierIdOrderByCreeLe(d.id())).orElse(List.of());
        return etapes(beneficiaireId, dossier, actionsDuDossier, LocalDate.now(horloge));
    }

    /** People the conseiller may see whose name or address contains the text (see BeneficiaireService). */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Beneficiaire> rechercher(String texte) {
        return beneficiaires.rechercher(texte);
    }

    /**
     * Engages a unit of work for a person, with their agreement (CCTP §1.2.6), opening their dossier if they have
     * none and reopening it if it was closed. The national number is given in the same transaction: a refused
     * engagement gives none.
     *
     * @throws EngagementRefuse when the rules do not allow it (rule 3, one unit at a time, UO2.2 after UO2.1…)
     */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public UniteOeuvreEngagee engager(UUID beneficiaireId, Engagement engagement) {
        acces.exiger(beneficiaireId, "ENGAGER");
        beneficiaires.parIdPourLeSysteme(beneficiaireId).orElseThrow(ElementIntrouvable::new);
        referentiels.exigerValide(Referentiel.ORIGINE_DEMARCHE, engagement.origine());
        referentiels.exigerValide(Referentiel.MOTIF_SOLLICITATION, engagement.motif());
        referentiels.exigerValide(Referentiel.MOTIF_DETAILLE, engagement.motifDetaille());
        var moi = acces.moi();
        if (engagement.referentId() != null) {
            exigerReferentPossible(engagement.referentId(), beneficiaireId);
        }
        var maintenant = horloge.instant();
        var aujourdhui = LocalDate.now(horloge);
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId).orElse(null);
        if (dossier == null) {
            dossier = Dossier.ouvrir(beneficiaireId, premierSite(moi.id()), Dossier.ORIGINE_CONSEILLER, moi.id(),
                    maintenant);
        } else if (!dossier.ouvert()) {
            dossier.nouvelleDemande(Dossier.ORIGINE_CONSEILLER, moi.id(), maintenant);
        }
        dossier.rattacher(premierSite(moi.id()), moi.id());
        // Check before taking a number, so that a refusal does not even touch the counter.
        var refus = dossier.verifier(engagement, aujourdhui);
        if (refus.isPresent()) {
            throw new EngagementRefuse(refus.get());
        }
        var numero = numerotation.attribuer(engagement.uo(), engagement.date());
        var unite = dossier.engager(engagement, numero, moi.id(), aujourdhui, maintenant);
        try {
            dossiers.saveAndFlush(dossier);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
            // Another member of the team changed this dossier (or opened it) at the same moment: say so, nothing is
            // recorded and the number is not taken (same transaction).
            throw new OperationRefusee("dossier.concurrent");
        }
        return unite;
    }

    /**
     * What may be engaged for this person now, as their dossier answers it (a person with no dossier yet may start
     * with any first unit): the units, what each asks for, the next one and the dates possible.
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public EngagementsPossibles engagementsPossibles(UUID beneficiaireId) {
        acces.exiger(beneficiaireId, "ENGAGEMENTS_POSSIBLES");
        var aujourdhui = LocalDate.now(horloge);
        return dossiers.findByBeneficiaireId(beneficiaireId).map(d -> d.engagementsPossibles(aujourdhui))
                .orElseGet(() -> Dossier.premiersEngagementsPossibles(aujourdhui));
    }

    /**
     * Closes the person's unit in progress with a motive the conseiller records: a livrable signed on paper (UO1,
     * UO2.1), a written wish to close (UO2.2).
     */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public UniteOeuvreEngagee clore(UUID beneficiaireId, UniteOeuvre uo, MotifCloture motif, LocalDate le) {
        acces.exiger(beneficiaireId, "CLORE_UNITE");
        if (!motif.saisiParConseiller()) {
            throw new OperationRefusee("parcours.refus.cloture.motif");
        }
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId).orElseThrow(ElementIntrouvable::new);
        var unite = dossier.clore(uo, motif, le, acces.moi().id(), LocalDate.now(horloge), horloge.instant());
        dossiers.saveAndFlush(dossier);
        return unite;
    }

    /** Closes a dossier with no unit in progress (the person does not wish to go on), with the reason. */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public void cloreDossier(UUID beneficiaireId, String motif) {
        acces.exiger(beneficiaireId, "CLORE_DOSSIER");
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId).orElseThrow(ElementIntrouvable::new);
        dossier.clore(motif, acces.moi().id(), horloge.instant());
        dossiers.saveAndFlush(dossier);
    }

    /**
     * Changes the référent unique; the former one stays in the history with the reason given. The new référent is
     * a conseiller of the person's team (one who may already see them: their site's, see {@code PolitiqueAcces}).
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional
    public void changerReferent(UUID beneficiaireId, UUID nouveauReferent, String motif) {
        acces.exiger(beneficiaireId, "CHANGER_REFERENT");
        exigerReferentPossible(nouveauReferent, beneficiaireId);
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId).orElseThrow(ElementIntrouvable::new);
        dossier.changerReferent(nouveauReferent, motif, acces.moi().id(), horloge.instant());
        dossiers.saveAndFlush(dossier);
    }

    /** The conseillers who may be named référent of this person: the active conseillers of their team. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Compte> conseillersPour(UUID beneficiaireId) {
        acces.exiger(beneficiaireId, "CONSEILLERS");
        var equipe = acces.equipeDe(beneficiaireId);
        return comptes.parRole(Role.CONSEILLER).stream().filter(Compte::actif)
                .filter(c -> equipe.contains(c.id())).toList();
    }

    /** Records an interaction with the person (annexe 2: date, contact mode, types of service). */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public Interaction noterInteraction(UUID beneficiaireId, LocalDate le, String modeContact,
            Set<String> typesService, String note) {
        acces.exiger(beneficiaireId, "NOTER_INTERACTION");
        referentiels.exigerValide(Referentiel.MODE_CONTACT, modeContact);
        typesService.forEach(t -> referentiels.exigerValide(Referentiel.TYPE_SERVICE, t));
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId)
                .orElseThrow(() -> new OperationRefusee("parcours.interaction.sansdossier"));
        var uo = dossier.uniteCourante().map(UniteOeuvreEngagee::uo).orElse(null);
        return interactions.save(new Interaction(dossier.id(), le, modeContact, uo, typesService, note,
                acces.moi().id(), LocalDate.now(horloge), horloge.instant()));
    }

    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Interaction> interactions(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        return dossiers.findByBeneficiaireId(beneficiaireId)
                .map(d -> interactions.findByDossierIdOrderByLeDescEnregistreeLeDesc(d.id())).orElse(List.of());
    }

    /**
     * The caseload of the conseiller signed in, most urgent first: units about to end, actions overdue, proposals
     * to validate, and what the other features report (messages waiting, first exchanges due).
     */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional(readOnly = true)
    public List<LigneSuivi> portefeuille() {
        var moi = acces.moi();
        var aujourdhui = LocalDate.now(horloge);
        var suivis = dossiers.suivisPar(moi.id()).stream().map(ParcoursService::charger).toList();
        var parBeneficiaire = new LinkedHashMap<UUID, Dossier>();
        suivis.forEach(d -> parBeneficiaire.put(d.beneficiaireId(), d));

        var urgences = new HashMap<UUID, List<Urgence>>();
        urgencesDuParcours(suivis, aujourdhui).forEach(u -> urgences.computeIfAbsent(u.beneficiaireId(),
                k -> new ArrayList<>()).add(u));
        var ids = Set.copyOf(parBeneficiaire.keySet());
        for (var source : sourcesUrgences) {
            try {
                source.urgences(moi.id(), ids, aujourdhui).forEach(u -> urgences
                        .computeIfAbsent(u.beneficiaireId(), k -> new ArrayList<>()).add(u));
            } catch (RuntimeException e) {
                // One feature failing must not empty the conseiller's caseload.
                LOG.warn("Source d’urgences {} en échec : {}", source.getClass().getSimpleName(), e.getMessage());
            }
        }
        var personnes = new HashSet<UUID>(parBeneficiaire.keySet());
        personnes.addAll(urgences.keySet());
        var lignes = new ArrayList<LigneSuivi>();
        for (var id : personnes) {
            var dossier = Optional.ofNullable(parBeneficiaire.get(id))
                    .or(() -> dossiers.findByBeneficiaireId(id).map(ParcoursService::charger));
            if (!parBeneficiaire.containsKey(id) && !acces.peutConsulter(moi, id)) {
                continue;
            }
            var nom = beneficiaires.parIdPourLeSysteme(id).map(Beneficiaire::nomAffiche).orElse("?");
            var liste = urgences.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Urgence::echeance)).toList();
            lignes.add(new LigneSuivi(id, nom, dossier.flatMap(Dossier::uniteEnCours),
                    dossier.flatMap(Dossier::referentId).map(moi.id()::equals).orElse(false), liste));
        }
        lignes.sort(LigneSuivi.PAR_URGENCE);
        return lignes;
    }

    /** Who the person deals with (for the team's view of a dossier). */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<Contact> contactDe(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        return dossiers.findByBeneficiaireId(beneficiaireId).flatMap(this::contact);
    }

    /** Number of requests of the person in the last twelve months, and whether it is frequent (§1.2.6). */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public long demandesDansLAnnee(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        return dossiers.findByBeneficiaireId(beneficiaireId)
                .map(d -> FrequenceDemandes.dansLesDouzeDerniersMois(
                        d.demandes().stream().map(DemandeDossier::recueLe).toList(), LocalDate.now(horloge),
                        horloge.getZone()))
                .orElse(0L);
    }

    // ---------------------------------------------------------------- the system (jobs, other features)

    /**
     * A new request of a person (the booking feature calls it when a first rendez-vous is requested): opens their
     * dossier, or records the request in it and reopens it if it was closed. Repeated requests stay visible.
     * No signed-in person is needed: the caller has already identified the person.
     */
    @Systeme
    @Transactional
    public Dossier ouvrirSurDemande(UUID beneficiaireId, String origine, UUID siteId) {
        var maintenant = horloge.instant();
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId).orElse(null);
        if (dossier == null) {
            dossier = Dossier.ouvrir(beneficiaireId, siteId, origine, null, maintenant);
        } else {
            dossier.nouvelleDemande(origine, null, maintenant);
        }
        return charger(dossiers.saveAndFlush(dossier));
    }

    /** A first rendez-vous was booked for the person (the booking feature): the site and conseiller it is with. */
    @Systeme
    @Transactional
    public void premierRendezVous(UUID beneficiaireId, UUID siteId, UUID conseillerId) {
        dossiers.findByBeneficiaireId(beneficiaireId).ifPresent(d -> d.rattacher(siteId, conseillerId));
    }

    /**
     * The livrable of the unit in progress was signed electronically (the signature feature calls it): the unit
     * closes on that date with this motive.
     */
    @Systeme
    @Transactional
    public UniteOeuvreEngagee cloreSurLivrableSigne(UUID beneficiaireId, UniteOeuvre uo, LocalDate signeLe,
            UUID signataire) {
        var dossier = dossiers.findByBeneficiaireId(beneficiaireId).orElseThrow(ElementIntrouvable::new);
        var unite = dossier.clore(uo, MotifCloture.LIVRABLE_SIGNE, signeLe, signataire, LocalDate.now(horloge),
                horloge.instant());
        dossiers.saveAndFlush(dossier);
        return unite;
    }

    /**
     * The abandon job: closes as abandon every unit whose period has ended with no signed livrable, each dossier in
     * its own transaction, and tells the person and the référent. Idempotent: a unit closes once, a second run (or
     * a run after a restart) finds nothing more to do.
     *
     * @return the number of units closed
     */
    @Systeme
    public int cloreUnitesEchues() {
        var aujourdhui = LocalDate.now(horloge);
        var total = 0;
        for (var id : transaction.execute(s -> dossiers.avecUnitesEchues(aujourdhui))) {
            try {
                Integer closes = transaction.execute(s -> {
                    var dossier = dossiers.findById(id).orElseThrow();
                    var referent = dossier.referentId().or(dossier::conseillerId);
                    var unites = dossier.cloreUnitesEchues(aujourdhui, horloge.instant());
                    dossiers.saveAndFlush(dossier);
                    var personne = beneficiaires.parIdPourLeSysteme(dossier.beneficiaireId());
                    for (var unite : unites) {
                        notifications.abandon(personne, referent.flatMap(comptes::parId), unite);
                    }
                    return unites.size();
                });
                total += closes == null ? 0 : closes;
            } catch (RuntimeException e) {
                // A dossier changed at the same moment is taken again at the next run.
                LOG.warn("Clôture pour abandon du dossier {} reportée : {}", id, e.getMessage());
            }
        }
        return total;
    }

    // ---------------------------------------------------------------- internals

    private List<Urgence> urgencesDuParcours(List<Dossier> suivis, LocalDate aujourdhui) {
        var resultat = new ArrayList<Urgence>();
        for (var dossier : suivis) {
            dossier.uniteEnCours().ifPresent(u -> u.finDeDelai().ifPresent(fin -> {
                var jours = ChronoUnit.DAYS.between(aujourdhui, fin);
                if (jours <= ALERTE_FIN_UNITE_JOURS) {
                    resultat.add(new Urgence(dossier.beneficiaireId(), Urgence.Type.FIN_UNITE, fin,
                            textes.get(jours < 0 ? "parcours.urgence.fin.depassee" : "parcours.urgence.fin",
                                    u.uo().libelle(), Formats.francais().date(fin), jours)));
                }
            }));
        }
        var parDossier = suivis.stream().collect(Collectors.toMap(Dossier::id, Dossier::beneficiaireId));
        if (parDossier.isEmpty()) {
            return resultat;
        }
        var parPersonne = actions.findByDossierIdInOrderByCreeLe(parDossier.keySet()).stream()
                .collect(Collectors.groupingBy(a -> parDossier.get(a.dossierId())));
        parPersonne.forEach((beneficiaireId, liste) -> {
            var enRetard = liste.stream().filter(a -> a.estEnRetard(aujourdhui)).toList();
            if (!enRetard.isEmpty()) {
                var plusAncienne = enRetard.stream().map(a -> a.echeance().orElseThrow())
                        .min(Comparator.naturalOrder()).orElseThrow();
                resultat.add(new Urgence(beneficiaireId, Urgence.Type.ACTION_EN_RETARD, plusAncienne,
                        textes.get("parcours.urgence.retard", enRetard.size())));
            }
            liste.stream().filter(a -> !a.validee() && a.statut().active()).forEach(a -> resultat.add(
                    new Urgence(beneficiaireId, Urgence.Type.PROPOSITION_A_VALIDER,
                            LocalDate.ofInstant(a.creeLe(), horloge.getZone()).plusDays(7),
                            textes.get("parcours.urgence.proposition", a.intitule()))));
        });
        return resultat;
    }

    private List<EtapeParcours> etapes(UUID beneficiaireId, Optional<Dossier> dossier, List<ActionPlan> actionsDuDossier,
            LocalDate aujourdhui) {
        var etapes = new ArrayList<EtapeParcours>();
        dossier.ifPresent(d -> {
            for (var unite : d.unites()) {
                var nom = textes.get("uo.nom." + unite.uo().name());
                etapes.add(new EtapeParcours(unite.engageeLe(), EtapeParcours.NatureEtape.UNITE,
                        textes.get("parcours.etape.debut", nom, unite.uo().libelle()),
                        textes.get("parcours.etape.debut.detail", unite.numero().affiche())));
                if (unite.enCours()) {
                    unite.finDeDelai().ifPresent(fin -> etapes.add(new EtapeParcours(fin,
                            EtapeParcours.NatureEtape.FIN_UNITE, textes.get("parcours.etape.fin", nom),
                            textes.get("parcours.etape.fin.detail." + unite.uo().name()))));
                } else if (unite.uo() != UniteOeuvre.UO0) {
                    etapes.add(new EtapeParcours(unite.closeLe().orElseThrow(), EtapeParcours.NatureEtape.UNITE,
                            textes.get("parcours.etape.close", nom),
                            textes.get("motif.personne." + unite.motifCloture().orElseThrow().name())));
                }
            }
            for (var evenement : d.evenements()) {
                if (evenement.type() == TypeEvenement.REFERENT_NOMME || evenement.type() == TypeEvenement.REFERENT_CHANGE) {
                    var nom = evenement.compteCible().flatMap(comptes::parId).map(Compte::nomAffiche).orElse("");
                    // Named with the UO2.1: shown on the day the UO2.1 was engaged, which may be earlier than the
                    // day it was recorded.
                    var le = d.evenements().stream()
                            .filter(e -> e.type() == TypeEvenement.UNITE_ENGAGEE
                                    && e.horodatage().equals(evenement.horodatage()))
                            .flatMap(e -> e.numero().stream())
                            .flatMap(n -> d.unites().stream().filter(u -> u.numero().equals(n)))
                            .map(UniteOeuvreEngagee::engageeLe).findFirst()
                            .orElse(LocalDate.ofInstant(evenement.horodatage(), horloge.getZone()));
                    etapes.add(new EtapeParcours(le,
                            EtapeParcours.NatureEtape.EVENEMENT, textes.get("parcours.etape.referent", nom),
                            textes.get("parcours.etape.referent.detail")));
                } else if (evenement.type() == TypeEvenement.DOSSIER_ROUVERT) {
                    etapes.add(new EtapeParcours(LocalDate.ofInstant(evenement.horodatage(), horloge.getZone()),
                            EtapeParcours.NatureEtape.EVENEMENT, textes.get("parcours.etape.rouvert"), ""));
                }
            }
        });
        for (var action : actionsDuDossier) {
            if (action.statut().active() && action.echeance().isPresent()) {
                etapes.add(new EtapeParcours(action.echeance().get(), EtapeParcours.NatureEtape.ACTION,
                        textes.get("parcours.etape.action", action.intitule()),
                        textes.get(action.estEnRetard(aujourdhui) ? "parcours.etape.action.retard"
                                : "parcours.etape.action.detail")));
            }
        }
        for (var contribution : contributions) {
            try {
                etapes.addAll(contribution.etapes(beneficiaireId, aujourdhui));
            } catch (RuntimeException e) {
                LOG.warn("Contribution au parcours {} en échec : {}", contribution.getClass().getSimpleName(),
                        e.getMessage());
            }
        }
        etapes.sort(Comparator.comparing(EtapeParcours::date));
        return etapes;
    }

    private Optional<Contact> contact(Dossier dossier) {
        var referent = dossier.referentId();
        return referent.or(dossier::conseillerId).flatMap(comptes::parId)
                .map(c -> new Contact(c.id(), c.prenom(), c.nom(), referent.isPresent(),
                        dossier.siteId().flatMap(operateurs::site)));
    }

    private UUID premierSite(UUID compteId) {
        return operateurs.sitesDe(compteId).stream().findFirst().map(s -> s.id()).orElse(null);
    }

    /** An active conseiller of the person's team (who may see them before being named). */
    private void exigerReferentPossible(UUID compteId, UUID beneficiaireId) {
        comptes.parId(compteId).filter(c -> c.role() == Role.CONSEILLER && c.actif())
                .filter(c -> acces.peutConsulter(c, beneficiaireId))
                .orElseThrow(() -> new OperationRefusee("parcours.refus.referent.inconnu"));
    }

    /** Loads the collections inside the transaction: the views read them after it (no open session in view). */
    static Dossier charger(Dossier dossier) {
        dossier.unites();
        dossier.evenements();
        dossier.referents();
        dossier.demandes();
        return dossier;
    }
}
