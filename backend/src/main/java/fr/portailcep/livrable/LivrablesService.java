package fr.portailcep.livrable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * The livrables of a dossier: drafted by the conseiller from what the portal knows, read and commented by the
 * person, submitted for signature, versioned. Every method goes through the one access policy; a livrable the
 * caller may not see looks like one that does not exist.
 * <p>
 * CONTRACT FOR THE PARALLEL WORK (issue 10): the signatures below are what the views code against. The bodies are
 * written by the livrable backend work.
 */
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.Role;
import fr.portailcep.signature.DocumentASigner.EtatSignataire;
import fr.portailcep.signature.RoleSignataire;

@Service
public class LivrablesService {

    // TEMPORAIRE (écrans des livrables) : une mémoire sans base ni droits, pour développer les vues et prendre les
    // captures avant la fusion du vrai service. À jeter à l’intégration.

    private final Map<UUID, Etat> livrables = new ConcurrentHashMap<>();
    private final BeneficiaireService beneficiaires;
    private final CompteService comptes;
    private final RenduLivrable rendu;
    private final Clock horloge;

    public LivrablesService(BeneficiaireService beneficiaires, CompteService comptes, RenduLivrable rendu,
            Clock horloge) {
        this.beneficiaires = beneficiaires;
        this.comptes = comptes;
        this.rendu = rendu;
        this.horloge = horloge;
    }

    private static final class Etat {
        UUID id;
        UUID beneficiaireId;
        TypeLivrable type;
        EtatLivrable etat = EtatLivrable.BROUILLON;
        int version = 1;
        String empreinte;
        Instant soumisLe;
        ContenuLivrable contenu;
        final List<VueLivrable.Commentaire> commentaires = new ArrayList<>();
        final List<VueLivrable.Version> versions = new ArrayList<>();
    }

    public Set<TypeLivrable> redigeables(UUID beneficiaireId) {
        return Set.of(TypeLivrable.ETAT_DES_LIEUX);
    }

    public VueLivrable rediger(UUID beneficiaireId, TypeLivrable type) {
        var existant = livrables.values().stream()
                .filter(e -> e.beneficiaireId.equals(beneficiaireId) && e.type == type).findFirst();
        if (existant.isPresent()) {
            return vue(existant.get());
        }
        var e = new Etat();
        e.id = UUID.randomUUID();
        e.beneficiaireId = beneficiaireId;
        e.type = type;
        var personne = beneficiaires.parId(beneficiaireId).map(b -> b.nomAffiche()).orElse("?");
        var conseiller = comptes.compteConnecte().map(c -> c.nomAffiche()).orElse("?");
        e.contenu = new EtatDesLieux("GE 26 01 01 000001", personne, conseiller, LocalDate.now(horloge),
                List.of(), List.of(), EtatDesLieux.Decision.POURSUIVRE, List.of());
        e.versions.add(new VueLivrable.Version(1, horloge.instant(), Optional.empty(), Optional.empty(), false));
        livrables.put(e.id, e);
        return vue(e);
    }

    public VueLivrable modifier(UUID livrableId, int versionLue, ContenuLivrable contenu) {
        var e = livrables.get(livrableId);
        if (e.etat == EtatLivrable.EN_SIGNATURE) {
            var ancienne = e.versions.removeFirst();
            e.versions.addFirst(new VueLivrable.Version(ancienne.numero(), ancienne.creeeLe(), ancienne.soumiseLe(),
                    ancienne.empreinte(), true));
            e.version++;
            e.etat = EtatLivrable.BROUILLON;
            e.empreinte = null;
            e.soumisLe = null;
            e.versions.addFirst(new VueLivrable.Version(e.version, horloge.instant(), Optional.empty(),
                    Optional.empty(), false));
        }
        e.contenu = contenu;
        return vue(e);
    }

    public VueLivrable soumettre(UUID livrableId) {
        var e = livrables.get(livrableId);
        e.etat = EtatLivrable.EN_SIGNATURE;
        e.soumisLe = horloge.instant();
        try {
            e.empreinte = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rendu.html(e.contenu).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
        var v = e.versions.removeFirst();
        e.versions.addFirst(new VueLivrable.Version(v.numero(), v.creeeLe(), Optional.of(e.soumisLe),
                Optional.of(e.empreinte), false));
        return vue(e);
    }

    public List<VueLivrable> duDossier(UUID beneficiaireId) {
        return livrables.values().stream().filter(e -> e.beneficiaireId.equals(beneficiaireId)).map(this::vue)
                .toList();
    }

    public List<VueLivrable> mesDocuments() {
        var moi = beneficiaires.moi().map(b -> b.id()).orElse(null);
        return livrables.values().stream().filter(e -> e.beneficiaireId.equals(moi)).map(this::vue).toList();
    }

    public VueLivrable parId(UUID livrableId) {
        var e = livrables.get(livrableId);
        if (e == null) {
            throw new fr.portailcep.shared.Introuvable();
        }
        return vue(e);
    }

    public VueLivrable commenter(UUID livrableId, String texte) {
        var e = livrables.get(livrableId);
        var compte = comptes.compteConnecte().orElseThrow();
        e.commentaires.add(new VueLivrable.Commentaire(e.version, compte.nomAffiche(),
                compte.role() == Role.BENEFICIAIRE, horloge.instant(), texte.strip()));
        return vue(e);
    }

    public String page(UUID livrableId) {
        return rendu.html(livrables.get(livrableId).contenu);
    }

    public byte[] pdf(UUID livrableId) {
        return rendu.pdf(livrables.get(livrableId).contenu);
    }

    private VueLivrable vue(Etat e) {
        var beneficiaire = comptes.compteConnecte().filter(c -> c.role() == Role.BENEFICIAIRE).isPresent();
        var actes = EnumSet.noneOf(ActeLivrable.class);
        if (e.etat != EtatLivrable.SIGNE) {
            actes.add(ActeLivrable.COMMENTER);
        }
        if (beneficiaire && e.etat == EtatLivrable.EN_SIGNATURE) {
            actes.addAll(Set.of(ActeLivrable.SIGNER, ActeLivrable.REFUSER, ActeLivrable.DEMANDER_PAPIER));
        }
        if (!beneficiaire) {
            actes.add(ActeLivrable.MODIFIER);
            if (e.etat == EtatLivrable.BROUILLON) {
                actes.add(ActeLivrable.SOUMETTRE);
            } else {
                actes.addAll(Set.of(ActeLivrable.SIGNER, ActeLivrable.IMPRIMER));
            }
        }
        var signataires = e.etat == EtatLivrable.EN_SIGNATURE ? List.of(
                new VueLivrable.Signataire(RoleSignataire.BENEFICIAIRE, e.beneficiaireId,
                        ((EtatDesLieux) e.contenu).personne(), EtatSignataire.ATTENDU, Optional.empty(),
                        Optional.empty(), Optional.empty()),
                new VueLivrable.Signataire(RoleSignataire.CONSEILLER, e.beneficiaireId,
                        ((EtatDesLieux) e.contenu).conseiller(), EtatSignataire.ATTENDU, Optional.empty(),
                        Optional.empty(), Optional.empty())) : List.<VueLivrable.Signataire>of();
        return new VueLivrable(e.id, e.beneficiaireId, e.type, e.etat, e.version, Optional.ofNullable(e.empreinte),
                Optional.ofNullable(e.soumisLe), Optional.empty(), e.contenu, signataires, e.commentaires,
                e.versions, actes);
    }
}
