package fr.portailcep.livrable;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.parcours.AccesDossiers;
import fr.portailcep.parcours.UnitesALivrable;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Textes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The livrables of a dossier: drafted by the conseiller from what the portal knows, read and commented by the
 * person, submitted for signature, versioned. Every method goes through the one access policy; a livrable the
 * caller may not see looks like one that does not exist.
 * <p>
 * Who may do what on a livrable is the aggregate's answer ({@link Livrable#actesPossibles}); the roles here only
 * keep each method to the kind of person it is meant for. A person sees their own livrables only, drafts included
 * (they read and comment them before submission); their team sees them through {@link PolitiqueAcces}, each read
 * journaled.
 */
@Service
public class LivrablesService {

    /** The longest text of a livrable's content (one paragraph, one line of a list). */
    public static final int LONGUEUR_TEXTE_CONTENU = 4000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LivrableRepository livrables;
    private final PolitiqueAcces politique;
    private final AccesDossiers accesDossiers;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final UnitesALivrable unites;
    private final Preremplissage preremplissage;
    private final RenduLivrable rendu;
    private final NotificationsLivrables notifications;
    private final Textes textes;
    private final Clock horloge;

    LivrablesService(LivrableRepository livrables, PolitiqueAcces politique, AccesDossiers accesDossiers,
            CompteService comptes, BeneficiaireService beneficiaires, UnitesALivrable unites,
            Preremplissage preremplissage, RenduLivrable rendu, NotificationsLivrables notifications, Textes textes, Clock horloge) {
        this.textes = textes;
        this.livrables = livrables;
        this.politique = politique;
        this.accesDossiers = accesDossiers;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.unites = unites;
        this.preremplissage = preremplissage;
        this.rendu = rendu;
        this.notifications = notifications;
        this.horloge = horloge;
    }

    /** Staff: the types that may be drafted now in this person's dossier (the unit in progress has a livrable). */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public Set<TypeLivrable> redigeables(UUID beneficiaireId) {
        politique.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER, "livrables");
        var types = EnumSet.noneOf(TypeLivrable.class);
        unites.uniteEnCours(beneficiaireId).flatMap(u -> TypeLivrable.de(u.uo())).ifPresent(types::add);
        return types;
    }

    /** Staff: the draft of this type for the unit in progress, created prefilled when there is none yet. */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public VueLivrable rediger(UUID beneficiaireId, TypeLivrable type) {
        politique.exigerActe(beneficiaireId, "REDIGER_LIVRABLE");
        var unite = unites.uniteEnCours(beneficiaireId).filter(u -> u.uo() == type.uo())
                .orElseThrow(() -> new LivrableRefuse("livrable.refus.pas.d.unite", type.uo().libelle()));
        var existant = livrables.findByUniteIdAndType(unite.id(), type);
        if (existant.isPresent()) {
            return vue(existant.get(), acteur());
        }
        var moi = comptes.exigerCompteConnecte();
        var personne = beneficiaires.parIdPourLeSysteme(beneficiaireId).orElseThrow(Introuvable::new);
        var contenu = preremplissage.contenu(type, beneficiaireId, unite, personne.nomAffiche(), moi.nomAffiche());
        var livrable = Livrable.rediger(beneficiaireId, unite.id(), type, ContenusLivrables.ecrire(contenu), moi.id(),
                horloge.instant());
        try {
            return vue(livrables.saveAndFlush(livrable), acteur());
        } catch (DataIntegrityViolationException concurrent) {
            throw new LivrableRefuse("livrable.refus.concurrent");
        }
    }

    /**
     * Staff: changes the text. On a submitted livrable this makes a new version and cancels its pending signatures;
     * {@code versionLue} is the version the conseiller edited (a change made meanwhile by someone else is refused).
     */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public VueLivrable modifier(UUID livrableId, int versionLue, ContenuLivrable contenu) {
        var livrable = pourAgir(livrableId, "MODIFIER_LIVRABLE");
        ContenusLivrables.exigerType(livrable.type(), contenu);
        verifierTextes(contenu);
        var acteur = acteur();
        livrable.modifier(acteur, versionLue, ContenusLivrables.ecrire(contenu), horloge.instant());
        return vue(enregistrer(livrable), acteur);
    }

    /** Staff: freezes the current version's PDF and asks the person and the conseiller to sign it. */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public VueLivrable soumettre(UUID livrableId) {
        var livrable = pourAgir(livrableId, "SOUMETTRE_LIVRABLE");
        var acteur = acteur();
        if (!livrable.peut(ActeLivrable.SOUMETTRE, acteur)) {
            throw new LivrableRefuse("livrable.refus.SOUMETTRE");
        }
        var personne = beneficiaires.parIdPourLeSysteme(livrable.beneficiaireId()).orElseThrow(Introuvable::new);
        var pdf = rendu.pdf(contenu(livrable.type(), livrable.courante()));
        livrable.soumettre(acteur, pdf, empreinte(pdf), personne.compteId(), horloge.instant());
        var enregistre = enregistrer(livrable);
        notifications.soumis(personne, enregistre);
        return vue(enregistre, acteur);
    }

    /** Staff: the livrables of a dossier, newest first. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<VueLivrable> duDossier(UUID beneficiaireId) {
        politique.exigerLecture(beneficiaireId, ActionAudit.LECTURE_DOSSIER, "livrables");
        var acteur = acteur();
        return livrables.findByBeneficiaireIdOrderByCreeLeDesc(beneficiaireId).stream().map(l -> vue(l, acteur))
                .toList();
    }

    /** The person: their livrables (drafts shared with them, to sign, signed), newest first. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public List<VueLivrable> mesDocuments() {
        var moi = beneficiaires.moi().orElseThrow(Introuvable::new);
        var acteur = acteur();
        return livrables.findByBeneficiaireIdOrderByCreeLeDesc(moi.id()).stream().map(l -> vue(l, acteur)).toList();
    }

    /** Anyone who may see it: one livrable. */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public VueLivrable parId(UUID livrableId) {
        return vue(lisible(livrableId), acteur());
    }

    /** The person or the conseiller comments on the current version; the other side is told by courriel. */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER')")
    @Transactional
    public VueLivrable commenter(UUID livrableId, String texte) {
        var livrable = pourAgir(livrableId, "COMMENTER_LIVRABLE");
        var acteur = acteur();
        var commentaire = livrable.commenter(acteur, texte, horloge.instant());
        var enregistre = enregistrer(livrable);
        if (acteur.estBeneficiaire()) {
            accesDossiers.interlocuteur(livrable.beneficiaireId())
                    .or(() -> livrable.courante().soumisePar()).or(() -> java.util.Optional.of(livrable.creePar()))
                    .flatMap(comptes::parId)
                    .ifPresent(c -> notifications.commenteParLaPersonne(c, enregistre, commentaire.id()));
        } else {
            beneficiaires.parIdPourLeSysteme(livrable.beneficiaireId())
                    .ifPresent(p -> notifications.commenteParLeConseiller(p, enregistre, commentaire.id()));
        }
        return vue(enregistre, acteur);
    }

    /** The current version as a whole HTML page, for reading on a phone (same template as the PDF). */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public String page(UUID livrableId) {
        var livrable = lisible(livrableId);
        return rendu.html(contenu(livrable.type(), livrable.courante()));
    }

    /** The PDF: the sealed one once signed, else the current version's (rendered now while it is a draft). */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public byte[] pdf(UUID livrableId) {
        var livrable = lisible(livrableId);
        return livrable.pdfScelle().or(() -> livrable.courante().pdf())
                .orElseGet(() -> rendu.pdf(contenu(livrable.type(), livrable.courante())));
    }

    // ---------------------------------------------------------------- internals

    private Livrable lisible(UUID livrableId) {
        var livrable = livrables.findById(livrableId).orElseThrow(Introuvable::new);
        politique.exigerLecture(livrable.beneficiaireId(), ActionAudit.LECTURE_DOSSIER, "livrable " + livrableId);
        return livrable;
    }

    private Livrable pourAgir(UUID livrableId, String acte) {
        var livrable = livrables.findById(livrableId).orElseThrow(Introuvable::new);
        politique.exigerActe(livrable.beneficiaireId(), acte);
        return livrable;
    }

    private Livrable enregistrer(Livrable livrable) {
        try {
            return livrables.saveAndFlush(livrable);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new LivrableRefuse("livrable.refus.concurrent");
        }
    }

    /** The person signed in, in the capacity they act on a livrable. */
    ActeurLivrable acteur() {
        var moi = comptes.exigerCompteConnecte();
        return switch (moi.role()) {
            case BENEFICIAIRE -> ActeurLivrable.beneficiaire(moi.id());
            case CONSEILLER -> ActeurLivrable.conseiller(moi.id());
            default -> ActeurLivrable.lecteur(moi.id());
        };
    }

    /** Every text of a content typed by the conseiller, checked like any typed text (refused on its field). */
    private static void verifierTextes(ContenuLivrable contenu) {
        verifier(JSON.valueToTree(contenu));
    }

    private static void verifier(JsonNode noeud) {
        if (noeud.isString()) {
            Saisies.texte("contenu", noeud.asString(), LONGUEUR_TEXTE_CONTENU);
        }
        noeud.forEach(LivrablesService::verifier);
    }

    static ContenuLivrable contenu(TypeLivrable type, VersionLivrable version) {
        return ContenusLivrables.lire(type, version.contenu());
    }

    static String empreinte(byte[] octets) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy for the views, with the aggregate's answer for this person. */
    VueLivrable vue(Livrable l, ActeurLivrable acteur) {
        var courante = l.courante();
        return new VueLivrable(l.id(), l.beneficiaireId(), l.type(), l.etat(), courante.numero(),
                courante.empreinte(), courante.soumiseLe(), l.signeLe(), contenu(l.type(), courante),
                courante.signataires().stream().map(s -> new VueLivrable.Signataire(s.role(), s.compteId(),
                        nom(s.compteId()), s.etat(), s.methode(), s.le(), s.motifRefus())).toList(),
                l.commentaires().stream().map(c -> new VueLivrable.Commentaire(c.numeroVersion(), nom(c.auteurId()),
                        c.beneficiaire(), c.le(), c.texte())).toList(),
                l.versions().stream().sorted(Comparator.comparingInt(VersionLivrable::numero).reversed())
                        .map(v -> new VueLivrable.Version(v.numero(), v.creeeLe(), v.soumiseLe(), v.empreinte(),
                                v.annulee()))
                        .toList(),
                l.actesPossibles(acteur));
    }

    /** A livrable's title for people ("État des lieux partagé"). */
    String titre(TypeLivrable type) {
        return textes.get("livrable.titre." + type.name());
    }

    String nom(UUID compteId) {
        return comptes.parId(compteId).map(Compte::nomAffiche).orElse("");
    }
}
