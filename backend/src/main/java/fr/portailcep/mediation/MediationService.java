package fr.portailcep.mediation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.parcours.NumeroDossier;
import fr.portailcep.parcours.UnitesALivrable;
import fr.portailcep.reclamation.AccesDossierDemandeParLeMediateur;
import fr.portailcep.reclamation.ActeReclamation;
import fr.portailcep.reclamation.ReclamationPorteeAuMediateur;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Textes;

/**
 * The médiation (CCTP §3.7, annexe 2 §3). The person refers a réclamation in one step and follows it; the médiateur
 * (independent, outside the operator) records referrals received by post, rules on admissibility, asks for access
 * to the dossier (read-only, for a limited time, every read journaled: {@link AccesMediateur}), writes to the person
 * and to the correspondant médiation on two separate threads, records the outcome and closes; the correspondants
 * (the managers of the person's team, by the one access policy) read and answer their thread. What may happen next
 * is the aggregate's answer ({@link VueSaisine#actes()}).
 */
@Service
public class MediationService {

    public static final int LONGUEUR_MESSAGE = 4000;

    private final SaisineRepository saisines;
    private final ReclamationsService reclamations;
    private final BeneficiaireService beneficiaires;
    private final CompteService comptes;
    private final PolitiqueAcces politique;
    private final UnitesALivrable unites;
    private final NotificationsMediation notifications;
    private final ApplicationEventPublisher evenements;
    private final Textes textes;
    private final Clock horloge;
    private final Duration dureeAcces;

    MediationService(SaisineRepository saisines, ReclamationsService reclamations, BeneficiaireService beneficiaires,
            CompteService comptes, PolitiqueAcces politique, UnitesALivrable unites,
            NotificationsMediation notifications, ApplicationEventPublisher evenements, Textes textes, Clock horloge,
            @Value("${portail.mediation.duree-acces:P30D}") Duration dureeAcces) {
        this.saisines = saisines;
        this.reclamations = reclamations;
        this.beneficiaires = beneficiaires;
        this.comptes = comptes;
        this.politique = politique;
        this.unites = unites;
        this.notifications = notifications;
        this.evenements = evenements;
        this.textes = textes;
        this.horloge = horloge;
        this.dureeAcces = dureeAcces;
    }

    // ------------------------------------------------------------------------------------------------ the person

    /** The referral form of one of the person's réclamations, prefilled (refused when it may not be referred). */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public SaisinePreremplie preremplir(UUID reclamationId) {
        var r = reclamations.parId(reclamationId);
        if (!r.actes().contains(ActeReclamation.SAISIR_MEDIATEUR)) {
            throw new SaisineRefusee("mediation.refus.reclamation");
        }
        return new SaisinePreremplie(r.id(), r.numero(), r.motif() == null ? null : r.motif().libelle(), r.faits(),
                r.attentes(), r.recueLe(), r.reponse(), r.reponduLe(), r.raisonAvis());
    }

    /**
     * The person refers their réclamation to the médiateur, in one step: the réclamation, the answer and their
     * request are kept with the referral; an acknowledgement goes by courriel and shows in the portal; the
     * réclamation records it ({@link ReclamationPorteeAuMediateur}, in this transaction).
     */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public VueSaisine saisir(NouvelleSaisine saisie) {
        var demande = Saisies.texte("demande", saisie.demande(), Saisine.LONGUEUR_DEMANDE);
        if (demande == null || demande.isEmpty()) {
            throw SaisieRefusee.de("demande", "mediation.refus.demande.vide");
        }
        var moi = beneficiaires.moi().orElseThrow(Introuvable::new);
        var pre = preremplir(saisie.reclamationId());
        if (saisines.existePourReclamation(pre.reclamationId())) {
            throw new SaisineRefusee("mediation.refus.deja-saisi");
        }
        var maintenant = horloge.instant();
        var resume = textes.get("mediation.resume.reclamation", pre.numeroReclamation(), valeur(pre.motif()),
                valeur(pre.faits()), valeur(pre.attentes()));
        var saisine = new Saisine(UUID.randomUUID(), saisines.prochainNumero(LocalDate.now(horloge)), moi.id(),
                pre.reclamationId(), OrigineSaisine.PORTAIL, LocalDate.now(horloge), maintenant, moi.compteId(),
                resume, pre.reponse(), demande);
        saisines.inserer(saisine);
        evenements.publishEvent(new ReclamationPorteeAuMediateur(pre.reclamationId(), saisine.id, maintenant));
        notifications.accuse(moi, saisine);
        return vue(saisine, Regard.PERSONNE, moi.compteId());
    }

    /** The person's referrals, the latest first. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public List<ResumeSaisine> mesSaisines() {
        var moi = beneficiaires.moi().orElseThrow(Introuvable::new);
        return saisines.deLaPersonne(moi.id()).stream().map(s -> resume(s, moi.compteId())).toList();
    }

    /** One of the person's referrals: its acknowledgement, their thread, when the médiateur read their dossier. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public VueSaisine maSaisine(UUID saisineId) {
        var moi = beneficiaires.moi().orElseThrow(Introuvable::new);
        return vue(saDeLaPersonne(saisineId, moi), Regard.PERSONNE, moi.compteId());
    }

    /** The person writes to the médiateur. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public VueSaisine ecrireAuMediateur(UUID saisineId, String texte) {
        var propre = message(texte);
        var moi = beneficiaires.moi().orElseThrow(Introuvable::new);
        var s = saDeLaPersonne(saisineId, moi);
        var maintenant = horloge.instant();
        s.exiger(Regard.PERSONNE, moi.compteId(), ActeSaisine.ECRIRE_MEDIATEUR, maintenant);
        saisines.ajouterMessage(s.id, FilSaisine.PERSONNE, moi.compteId(), false, propre, maintenant);
        prevenirMediateur(s, "personne:" + s.id + ":" + maintenant.toEpochMilli());
        return vue(s, Regard.PERSONNE, moi.compteId());
    }

    // ------------------------------------------------------------------------------------------------ the médiateur

    /** Every referral, by date of receipt (the latest first). */
    @PreAuthorize("hasRole('MEDIATEUR')")
    @Transactional(readOnly = true)
    public List<ResumeSaisine> saisines() {
        var moi = comptes.exigerCompteConnecte();
        return saisines.toutes().stream().map(s -> resume(s, moi.id())).toList();
    }

    @PreAuthorize("hasRole('MEDIATEUR')")
    @Transactional(readOnly = true)
    public VueSaisine saisine(UUID saisineId) {
        var moi = comptes.exigerCompteConnecte();
        return vue(saisines.exiger(saisineId), Regard.MEDIATEUR, moi.id());
    }

    /**
     * A referral received by post or through France compétences' form, recorded by hand: the person found by their
     * dossier number or email address, the day it was received. The person gets the acknowledgement.
     */
    @PreAuthorize("hasRole('MEDIATEUR')")
    @Transactional
    public VueSaisine enregistrer(SaisineRecue recue) {
        var verification = Saisies.verification();
        var personne = verification.ligne("personne", recue.personne(), SaisineRecue.LONGUEUR_PERSONNE);
        var demande = verification.texte("demande", recue.demande(), Saisine.LONGUEUR_DEMANDE);
        if (personne == null || personne.isEmpty()) {
            verification.refuser("personne", "mediation.refus.personne.vide");
        }
        if (demande == null || demande.isEmpty()) {
            verification.refuser("demande", "mediation.refus.demande.vide");
        }
        if (recue.origine() == null || recue.origine() == OrigineSaisine.PORTAIL) {
            verification.refuser("origine", "mediation.refus.origine");
        }
        var aujourdhui = LocalDate.now(horloge);
        if (recue.recueLe() == null) {
            verification.refuser("recueLe", "mediation.refus.recue.vide");
        } else if (recue.recueLe().isAfter(aujourdhui)) {
            verification.refuser("recueLe", "mediation.refus.recue.future");
        }
        verification.exiger();
        var beneficiaire = trouver(personne)
                .orElseThrow(() -> SaisieRefusee.de("personne", "mediation.refus.personne.inconnue"));
        var moi = comptes.exigerCompteConnecte();
        var saisine = new Saisine(UUID.randomUUID(), saisines.prochainNumero(aujourdhui), beneficiaire.id(), null,
                recue.origine(), recue.recueLe(), horloge.instant(), moi.id(), null, null, demande);
        saisine.mediateurId = moi.id();
        saisines.inserer(saisine);
        notifications.accuse(beneficiaire, saisine);
        return vue(saisine, Regard.MEDIATEUR, moi.id());
    }

    /**
     * Admissible or not, with its reason (e.g. "no prior réclamation to the operator"). When admissible, the
     * correspondants médiation of the person's team are told by courriel and their thread opens.
     */
    @PreAuthorize("hasRole('MEDIATEUR')")
    @Transactional
    public VueSaisine statuer(UUID saisineId, boolean recevable, String motif) {
        var propre = Saisies.texte("motif", motif, Saisine.LONGUEUR_MOTIF);
        var moi = comptes.exigerCompteConnecte();
        var s = saisines.exiger(saisineId);
        s.statuer(moi.id(), recevable, propre, horloge.instant());
        saisines.enregistrer(s);
        if (recevable) {
            correspondants(s).forEach(c -> notifications.recevable(c, s));
        }
        return vue(s, Regard.MEDIATEUR, moi.id());
    }

    /**
     * Asks for access to the dossier: the date is recorded (annexe 2 §3) and the réclamation told
     * ({@link AccesDossierDemandeParLeMediateur}, in this transaction); the dossier is then open to this médiateur,
     * read-only, for the configured time.
     */
    @PreAuthorize("hasRole('MEDIATEUR')")
    @Transactional
    public VueSaisine demanderAcces(UUID saisineId) {
        var moi = comptes.exigerCompteConnecte();
        var s = saisines.exiger(saisineId);
        var maintenant = horloge.instant();
        s.demanderAcces(moi.id(), maintenant, dureeAcces);
        saisines.enregistrer(s);
        evenements.publishEvent(new AccesDossierDemandeParLeMediateur(s.beneficiaireId, s.reclamationId, maintenant));
        return vue(s, Regard.MEDIATEUR, moi.id());
    }

    /** The médiateur writes to the person or to the correspondant médiation. */
    @PreAuthorize("hasRole('MEDIATEUR')")
    @Transactional
    public VueSaisine ecrire(UUID saisineId, FilSaisine fil, String texte) {
        var propre = message(texte);
        var moi = comptes.exigerCompteConnecte();
        var s = saisines.exiger(saisineId);
        var maintenant = horloge.instant();
        s.exiger(moi.id(), fil == FilSaisine.CORRESPONDANT ? ActeSaisine.ECRIRE_CORRESPONDANT
                : ActeSaisine.ECRIRE_PERSONNE, maintenant);
        if (s.mediateurId == null) {
            s.mediateurId = moi.id();
            saisines.enregistrer(s);
        }
        saisines.ajouterMessage(s.id, fil, moi.id(), true, propre, maintenant);
        var cle = fil.name() + ":" + s.id + ":" + maintenant.toEpochMilli();
        if (fil == FilSaisine.PERSONNE) {
            beneficiaires.parIdPourLeSysteme(s.beneficiaireId)
                    .ifPresent(p -> notifications.messagePourPersonne(p, s, cle));
        } else {
            correspondants(s).forEach(c -> notifications.messagePourCorrespondant(c, s, cle));
        }
        return vue(s, Regard.MEDIATEUR, moi.id());
    }

    /** The outcome of the médiation, before closing. */
    @PreAuthorize("hasRole('MEDIATEUR')")
    @Transactional
    public VueSaisine enregistrerIssue(UUID saisineId, IssueSaisine issue, String texte) {
        var propre = Saisies.ouNull(Saisies.texte("texte", texte, Saisine.LONGUEUR_ISSUE));
        var moi = comptes.exigerCompteConnecte();
        var s = saisines.exiger(saisineId);
        s.enregistrerIssue(moi.id(), issue, propre, horloge.instant());
        saisines.enregistrer(s);
        return vue(s, Regard.MEDIATEUR, moi.id());
    }

    /** Closes the médiation (its outcome recorded); the access to the dossier ends with it. */
    @PreAuthorize("hasRole('MEDIATEUR')")
    @Transactional
    public VueSaisine clore(UUID saisineId) {
        var moi = comptes.exigerCompteConnecte();
        var s = saisines.exiger(saisineId);
        s.clore(moi.id(), horloge.instant());
        saisines.enregistrer(s);
        return vue(s, Regard.MEDIATEUR, moi.id());
    }

    // ------------------------------------------------------------------------------------------------ the correspondant

    /** The admissible referrals of the people the correspondant's team follows. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<ResumeSaisine> mediations() {
        var moi = comptes.exigerCompteConnecte();
        return saisines.pourLeCorrespondant(moi.id()).stream().map(s -> resume(s, moi.id())).toList();
    }

    /** One admissible referral, the correspondant's thread with the médiateur (the read is journaled). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public VueSaisine mediation(UUID saisineId) {
        var moi = comptes.exigerCompteConnecte();
        return vue(saDuCorrespondant(saisineId), Regard.CORRESPONDANT, moi.id());
    }

    /** The correspondant writes to the médiateur. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueSaisine repondreAuMediateur(UUID saisineId, String texte) {
        var propre = message(texte);
        var moi = comptes.exigerCompteConnecte();
        var s = saDuCorrespondant(saisineId);
        var maintenant = horloge.instant();
        s.exiger(Regard.CORRESPONDANT, moi.id(), ActeSaisine.ECRIRE_MEDIATEUR, maintenant);
        saisines.ajouterMessage(s.id, FilSaisine.CORRESPONDANT, moi.id(), false, propre, maintenant);
        prevenirMediateur(s, "correspondant:" + s.id + ":" + maintenant.toEpochMilli());
        return vue(s, Regard.CORRESPONDANT, moi.id());
    }

    // ------------------------------------------------------------------------------------------------ inside

    private Saisine saDeLaPersonne(UUID saisineId, Beneficiaire moi) {
        var s = saisines.parId(saisineId).orElseThrow(Introuvable::new);
        if (!s.beneficiaireId.equals(moi.id())) {
            throw new Introuvable();
        }
        return s;
    }

    private Saisine saDuCorrespondant(UUID saisineId) {
        var s = saisines.parId(saisineId).orElseThrow(Introuvable::new);
        if (s.statueeLe == null || s.etat == EtatSaisine.IRRECEVABLE || s.etat == EtatSaisine.RECUE) {
            throw new Introuvable();
        }
        politique.exigerLecture(s.beneficiaireId, ActionAudit.LECTURE_MESSAGES, "saisine " + s.numero);
        return s;
    }

    private java.util.Optional<Beneficiaire> trouver(String saisie) {
        if (saisie.contains("@")) {
            try {
                return comptes.parEmail(new AdresseCourriel(saisie.toLowerCase(java.util.Locale.ROOT)))
                        .flatMap(c -> beneficiaires.parCompte(c.id()));
            } catch (IllegalArgumentException e) {
                throw SaisieRefusee.de("personne", "mediation.refus.personne.inconnue");
            }
        }
        try {
            return unites.personneDuNumero(NumeroDossier.lire(saisie)).flatMap(beneficiaires::parIdPourLeSysteme);
        } catch (IllegalArgumentException e) {
            throw SaisieRefusee.de("personne", "mediation.refus.personne.inconnue");
        }
    }

    /** The correspondants médiation of the person's team: its managers (the access policy's team). */
    private List<Compte> correspondants(Saisine s) {
        return politique.equipe(s.beneficiaireId).stream().map(comptes::parId).flatMap(java.util.Optional::stream)
                .filter(c -> c.role() == Role.MANAGER).sorted(Comparator.comparing(Compte::nomAffiche)).toList();
    }

    private void prevenirMediateur(Saisine s, String cle) {
        var destinataires = s.mediateurId == null ? comptes.parRole(Role.MEDIATEUR)
                : comptes.parId(s.mediateurId).stream().toList();
        destinataires.forEach(m -> notifications.messagePourMediateur(m, s, cle));
    }

    private static String message(String texte) {
        var propre = Saisies.texte("texte", texte, LONGUEUR_MESSAGE);
        if (propre == null || propre.isEmpty()) {
            throw SaisieRefusee.de("texte", "mediation.refus.message.vide");
        }
        return propre;
    }

    private String valeur(String texte) {
        return texte == null || texte.isBlank() ? textes.get("mediation.resume.vide") : texte;
    }

    private ResumeSaisine resume(Saisine s, UUID compteId) {
        var nom = beneficiaires.parIdPourLeSysteme(s.beneficiaireId).map(Beneficiaire::nomAffiche).orElse("");
        return new ResumeSaisine(s.id, s.numero, nom, s.origine, s.recueLe, s.etat,
                s.accesOuvert(compteId, horloge.instant()));
    }

    private VueSaisine vue(Saisine s, Regard regard, UUID compteId) {
        var maintenant = horloge.instant();
        var nom = beneficiaires.parIdPourLeSysteme(s.beneficiaireId).map(Beneficiaire::nomAffiche).orElse("");
        var mediateur = s.mediateurId == null ? null : comptes.parId(s.mediateurId).map(Compte::nomAffiche).orElse(null);
        List<VueSaisine.Message> filPersonne = regard == Regard.CORRESPONDANT ? List.of()
                : messages(s, FilSaisine.PERSONNE);
        List<VueSaisine.Message> filCorrespondant = regard == Regard.PERSONNE ? List.of()
                : messages(s, FilSaisine.CORRESPONDANT);
        var consultations = regard == Regard.CORRESPONDANT ? List.<java.time.Instant>of() : saisines.consultations(s.id);
        Set<ActeSaisine> actes = s.actesPossibles(regard, compteId, maintenant);
        return new VueSaisine(s.id, s.numero, s.beneficiaireId, nom, s.origine, s.recueLe, s.enregistreeLe,
                s.reclamationId, s.reclamationResume, s.reponseOperateur,
                regard == Regard.CORRESPONDANT ? null : s.demande, s.etat, mediateur, s.motifRecevabilite,
                s.statueeLe, s.accesDemandeLe, s.accesJusquAu, s.issue, s.issueTexte, s.issueLe, s.closeLe,
                filPersonne, filCorrespondant, consultations, actes);
    }

    private List<VueSaisine.Message> messages(Saisine s, FilSaisine fil) {
        return saisines.messages(s.id, fil).stream().map(m -> new VueSaisine.Message(m.ecritLe(),
                m.duMediateur() ? textes.get("mediation.auteur.mediateur", comptes.parId(m.auteurId())
                        .map(Compte::nomAffiche).orElse(""))
                        : comptes.parId(m.auteurId()).map(Compte::nomAffiche).orElse(""),
                m.duMediateur(), m.texte())).toList();
    }
}
