package fr.portailcep.parcours;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;

/**
 * A person's dossier as their team reads it (read model): records made for the views, never entities. Every read
 * goes through {@link AccesDossiers#exigerLecture}, which journals it. The médiateur may call the four reads of a
 * referred dossier (the dossier, the person, the timeline, the history): the access policy lets them through only
 * while the médiateur's temporary access is open (issue 11), never an act.
 */
@Service
public class DossiersEquipe {

    private final DossierRepository dossiers;
    private final InteractionRepository interactions;
    private final AccesDossiers acces;
    private final LecturesDossier lectures;
    private final BeneficiaireService beneficiaires;
    private final CompteService comptes;
    private final Clock horloge;

    DossiersEquipe(DossierRepository dossiers, InteractionRepository interactions, AccesDossiers acces,
            LecturesDossier lectures, BeneficiaireService beneficiaires, CompteService comptes, Clock horloge) {
        this.dossiers = dossiers;
        this.interactions = interactions;
        this.acces = acces;
        this.lectures = lectures;
        this.beneficiaires = beneficiaires;
        this.comptes = comptes;
        this.horloge = horloge;
    }

    /** The dossier of a person; empty when the person has none yet. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER', 'MEDIATEUR')")
    @Transactional(readOnly = true)
    public Optional<VueDossier> dossierDe(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        return lectures.dossier(beneficiaireId);
    }

    /** Who the person is and how to reach them. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER', 'MEDIATEUR')")
    @Transactional(readOnly = true)
    public FichePersonne fiche(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_FICHE);
        return beneficiaires.parIdPourLeSysteme(beneficiaireId)
                .map(b -> new FichePersonne(b.id(), b.nomAffiche(), b.email(), Optional.ofNullable(b.telephone())))
                .orElseThrow(ElementIntrouvable::new);
    }

    /** The timeline of a person as the team sees it (the same as the person's). */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER', 'MEDIATEUR')")
    @Transactional(readOnly = true)
    public List<EtapeParcours> frise(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        var dossier = lectures.dossier(beneficiaireId);
        return lectures.frise(beneficiaireId, dossier, lectures.actions(dossier));
    }

    /** The history of the dossier, newest first, as codes and names (empty when there is no dossier). */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER', 'MEDIATEUR')")
    @Transactional(readOnly = true)
    public List<LigneHistorique> historique(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        return lectures.dossier(beneficiaireId).map(d -> HistoriqueDossier.lignes(d, lectures::nom))
                .orElse(List.of());
    }

    /** The log of interactions with the person, newest first. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<VueInteraction> interactions(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        return dossiers.findByBeneficiaireId(beneficiaireId)
                .map(d -> interactions.findByDossierIdOrderByLeDescEnregistreeLeDesc(d.id()).stream()
                        .map(VueInteraction::de).toList())
                .orElse(List.of());
    }

    /** Who the person deals with. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public Optional<Contact> contactDe(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER);
        return lectures.dossier(beneficiaireId).flatMap(lectures::contact);
    }

    /** The conseillers who may be named référent of this person: the active conseillers of their team. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<MembreEquipe> conseillersPour(UUID beneficiaireId) {
        acces.exiger(beneficiaireId, "CONSEILLERS");
        var equipe = acces.equipeDe(beneficiaireId);
        return comptes.parRole(Role.CONSEILLER).stream().filter(Compte::actif)
                .filter(c -> equipe.contains(c.id()))
                .map(c -> new MembreEquipe(c.id(), c.prenom(), c.nom(), c.email())).toList();
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
}
