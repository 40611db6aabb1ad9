package fr.portailcep.parcours;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Systeme;

/**
 * The commands of the dossier: engaging and closing its units of work, closing it, the référent unique, the log of
 * interactions, and what other features tell it (a request, a first rendez-vous, a signed livrable). Each command
 * checks who may call it (role) and on which dossier ({@link AccesDossiers}). What the views read is elsewhere:
 * {@link DossiersEquipe} (the team), {@link ParcoursPersonne} (the person), {@link SuiviConseiller} (the caseload
 * and the search); the abandon job is {@link ClotureDesUnitesEchues}.
 */
@Service
public class ParcoursService {

    private final DossierRepository dossiers;
    private final InteractionRepository interactions;
    private final NumerotationDossiers numerotation;
    private final AccesDossiers acces;
    private final BeneficiaireService beneficiaires;
    private final CompteService comptes;
    private final OperateurService operateurs;
    private final Referentiels referentiels;
    private final Clock horloge;

    ParcoursService(DossierRepository dossiers, InteractionRepository interactions, NumerotationDossiers numerotation,
            AccesDossiers acces, BeneficiaireService beneficiaires, CompteService comptes, OperateurService operateurs,
            Referentiels referentiels, Clock horloge) {
        this.dossiers = dossiers;
        this.interactions = interactions;
        this.numerotation = numerotation;
        this.acces = acces;
        this.beneficiaires = beneficiaires;
        this.comptes = comptes;
        this.operateurs = operateurs;
        this.referentiels = referentiels;
        this.horloge = horloge;
    }

    // ---------------------------------------------------------------- the operator's team

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

    // ---------------------------------------------------------------- internals

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
