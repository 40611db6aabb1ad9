package fr.portailcep.livrable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.signature.DocumentASigner.EtatSignataire;
import fr.portailcep.signature.MethodeSignature;
import fr.portailcep.signature.RoleSignataire;

/**
 * A livrable answers what each person may do with it now, and each change checks that same answer: versions after
 * submission, signatures only on the current version by an expected signer still waiting, a refusal that stops the
 * version, the seal once everyone has signed, caduc when its unit closed without it.
 */
class LivrableTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-23T09:00:00Z");
    private static final UUID PERSONNE = UUID.randomUUID();
    private static final UUID CONSEILLER = UUID.randomUUID();
    private static final UUID AUTRE_CONSEILLER = UUID.randomUUID();
    private static final UUID MANAGER = UUID.randomUUID();
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1'};
    private static final String EMPREINTE = LivrablesService.empreinte(PDF);

    // ------------------------------------------------------------------ what is possible

    @ParameterizedTest(name = "{0}, pour {1} : {2}")
    @CsvSource(delimiter = '|', textBlock = """
            BROUILLON       | PERSONNE         | COMMENTER
            BROUILLON       | CONSEILLER       | MODIFIER SOUMETTRE COMMENTER
            BROUILLON       | AUTRE_CONSEILLER | MODIFIER SOUMETTRE COMMENTER
            BROUILLON       | MANAGER          |
            EN_SIGNATURE    | PERSONNE         | COMMENTER SIGNER REFUSER DEMANDER_PAPIER
            EN_SIGNATURE    | CONSEILLER       | MODIFIER COMMENTER SIGNER REFUSER DEMANDER_PAPIER
            EN_SIGNATURE    | AUTRE_CONSEILLER | MODIFIER COMMENTER
            EN_SIGNATURE    | MANAGER          |
            PERSONNE_SIGNEE | PERSONNE         | COMMENTER
            PERSONNE_SIGNEE | CONSEILLER       | MODIFIER COMMENTER SIGNER REFUSER DEMANDER_PAPIER
            REFUSEE         | PERSONNE         | COMMENTER
            REFUSEE         | CONSEILLER       | MODIFIER COMMENTER
            PAPIER          | PERSONNE         | COMMENTER
            PAPIER          | CONSEILLER       | MODIFIER COMMENTER SIGNER REFUSER DEMANDER_PAPIER IMPRIMER DEPOSER_SCAN
            PAPIER          | AUTRE_CONSEILLER | MODIFIER COMMENTER IMPRIMER DEPOSER_SCAN
            SIGNE           | PERSONNE         |
            SIGNE           | CONSEILLER       |
            CADUC           | PERSONNE         |
            CADUC           | CONSEILLER       |
            """)
    void chaque_etat_dit_ce_qui_est_possible_et_pour_qui(String situation, String qui, String attendus) {
        assertThat(dans(situation).actesPossibles(acteur(qui))).isEqualTo(actes(attendus));
    }

    @ParameterizedTest(name = "{0} refusé pour {1} quand {2}")
    @CsvSource(delimiter = '|', textBlock = """
            MODIFIER   | PERSONNE   | BROUILLON
            MODIFIER   | MANAGER    | BROUILLON
            MODIFIER   | CONSEILLER | SIGNE
            MODIFIER   | CONSEILLER | CADUC
            SOUMETTRE  | CONSEILLER | EN_SIGNATURE
            SOUMETTRE  | PERSONNE   | BROUILLON
            COMMENTER  | MANAGER    | BROUILLON
            COMMENTER  | PERSONNE   | SIGNE
            """)
    void chaque_changement_verifie_ce_que_l_agregat_permet(ActeLivrable acte, String qui, String situation) {
        var livrable = dans(situation);
        assertThatThrownBy(() -> {
            switch (acte) {
                case MODIFIER -> livrable.modifier(acteur(qui), livrable.courante().numero(), "{}", MAINTENANT);
                case SOUMETTRE -> livrable.soumettre(acteur(qui), PDF, EMPREINTE, PERSONNE, MAINTENANT);
                case COMMENTER -> livrable.commenter(acteur(qui), "Un mot", MAINTENANT);
                default -> throw new IllegalArgumentException();
            }
        }).isInstanceOfSatisfying(LivrableRefuse.class, r -> assertThat(r.cle()).isEqualTo("livrable.refus." + acte));
    }

    // ------------------------------------------------------------------ versions

    @Test
    void un_brouillon_se_modifie_en_place() {
        var livrable = dans("BROUILLON");
        livrable.modifier(acteur("CONSEILLER"), 1, "{\"v\":2}", MAINTENANT);
        assertThat(livrable.versions()).hasSize(1);
        assertThat(livrable.courante().contenu()).isEqualTo("{\"v\":2}");
    }

    @Test
    void une_modification_apres_soumission_fait_une_nouvelle_version_et_annule_les_signatures_en_attente() {
        var livrable = dans("PERSONNE_SIGNEE");
        livrable.modifier(acteur("AUTRE_CONSEILLER"), 1, "{\"v\":2}", MAINTENANT.plusSeconds(60));

        assertThat(livrable.etat()).isEqualTo(EtatLivrable.BROUILLON);
        assertThat(livrable.versions()).extracting(VersionLivrable::numero).containsExactly(1, 2);
        var premiere = livrable.versions().getFirst();
        assertThat(premiere.annulee()).as("la version 1 est gardée, annulée").isTrue();
        assertThat(premiere.pdf()).hasValueSatisfying(p -> assertThat(p).isEqualTo(PDF));
        assertThat(premiere.empreinte()).contains(EMPREINTE);
        assertThat(livrable.courante().numero()).isEqualTo(2);
        assertThat(livrable.courante().soumise()).isFalse();
        assertThat(livrable.courante().signataires()).isEmpty();
        // The signature still pending on version 1 is refused: not the current version any more.
        assertThatThrownBy(() -> livrable.signer(1, RoleSignataire.CONSEILLER, CONSEILLER, MethodeSignature.CLE_ACCES,
                MAINTENANT, 2)).isInstanceOf(LivrableRefuse.class);
    }

    @Test
    void une_modification_faite_sur_une_version_perimee_est_refusee() {
        var livrable = dans("EN_SIGNATURE");
        livrable.modifier(acteur("CONSEILLER"), 1, "{\"v\":2}", MAINTENANT);
        assertThatThrownBy(() -> livrable.modifier(acteur("AUTRE_CONSEILLER"), 1, "{\"v\":3}", MAINTENANT))
                .isInstanceOfSatisfying(LivrableRefuse.class,
                        r -> assertThat(r.cle()).isEqualTo("livrable.refus.version.perimee"));
        assertThat(livrable.courante().contenu()).isEqualTo("{\"v\":2}");
    }

    @Test
    void la_soumission_fige_le_pdf_et_attend_la_personne_et_le_conseiller_qui_soumet() {
        var livrable = dans("EN_SIGNATURE");
        assertThat(livrable.etat()).isEqualTo(EtatLivrable.EN_SIGNATURE);
        assertThat(livrable.courante().empreinte()).contains(EMPREINTE);
        assertThat(livrable.courante().signataires()).extracting(SignataireLivrable::role, SignataireLivrable::compteId,
                SignataireLivrable::etat).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(RoleSignataire.BENEFICIAIRE, PERSONNE, EtatSignataire.ATTENDU),
                        org.assertj.core.groups.Tuple.tuple(RoleSignataire.CONSEILLER, CONSEILLER, EtatSignataire.ATTENDU));
    }

    // ------------------------------------------------------------------ signatures

    @ParameterizedTest(name = "{0} : signature refusée ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            BROUILLON       | 1 | BENEFICIAIRE | PERSONNE         | CLE_ACCES | livrable.refus.pasensignature
            EN_SIGNATURE    | 2 | BENEFICIAIRE | PERSONNE         | CLE_ACCES | livrable.refus.version.perimee
            EN_SIGNATURE    | 1 | CONSEILLER   | AUTRE_CONSEILLER | CLE_ACCES | livrable.refus.pas.signataire
            EN_SIGNATURE    | 1 | BENEFICIAIRE | CONSEILLER       | CLE_ACCES | livrable.refus.pas.signataire
            PERSONNE_SIGNEE | 1 | BENEFICIAIRE | PERSONNE         | CLE_ACCES | livrable.refus.SIGNER
            REFUSEE         | 1 | CONSEILLER   | CONSEILLER       | CLE_ACCES | livrable.refus.version.refusee
            PAPIER          | 1 | BENEFICIAIRE | PERSONNE         | CLE_ACCES | livrable.refus.SIGNER
            SIGNE           | 1 | CONSEILLER   | CONSEILLER       | CLE_ACCES | livrable.refus.pasensignature
            CADUC           | 1 | BENEFICIAIRE | PERSONNE         | CLE_ACCES | livrable.refus.pasensignature
            """)
    void une_signature_n_est_acceptee_que_sur_la_version_courante_d_un_signataire_attendu(String situation,
            int version, RoleSignataire role, String qui, MethodeSignature methode, String cle) {
        var livrable = dans(situation);
        assertThatThrownBy(() -> livrable.signer(version, role, compte(qui), methode, MAINTENANT, 9))
                .isInstanceOfSatisfying(LivrableRefuse.class, r -> assertThat(r.cle()).isEqualTo(cle));
    }

    @Test
    void un_refus_garde_son_motif_et_arrete_la_version_jusqu_a_la_modification() {
        var livrable = dans("EN_SIGNATURE");
        assertThatThrownBy(() -> livrable.refuser(1, RoleSignataire.BENEFICIAIRE, PERSONNE, " ", MAINTENANT, 3))
                .isInstanceOfSatisfying(LivrableRefuse.class, r -> assertThat(r.champ()).contains("motif"));
        livrable.refuser(1, RoleSignataire.BENEFICIAIRE, PERSONNE, "La date est fausse", MAINTENANT, 3);
        var refus = livrable.courante().signataire(RoleSignataire.BENEFICIAIRE).orElseThrow();
        assertThat(refus.etat()).isEqualTo(EtatSignataire.REFUSE);
        assertThat(refus.motifRefus()).contains("La date est fausse");
        assertThat(refus.numeroPreuve()).contains(3L);
        assertThat(livrable.etat()).as("il attend la modification du conseiller").isEqualTo(EtatLivrable.EN_SIGNATURE);

        livrable.modifier(acteur("CONSEILLER"), 1, "{\"v\":2}", MAINTENANT);
        livrable.soumettre(acteur("CONSEILLER"), PDF, EMPREINTE, PERSONNE, MAINTENANT);
        livrable.signer(2, RoleSignataire.BENEFICIAIRE, PERSONNE, MethodeSignature.CLE_ACCES, MAINTENANT, 4);
        assertThat(livrable.courante().signataire(RoleSignataire.BENEFICIAIRE).orElseThrow().etat())
                .isEqualTo(EtatSignataire.SIGNE);
    }

    @Test
    void qui_a_demande_le_papier_signe_sur_papier() {
        var livrable = dans("PAPIER");
        livrable.signer(1, RoleSignataire.BENEFICIAIRE, PERSONNE, MethodeSignature.PAPIER, MAINTENANT, 5);
        livrable.signer(1, RoleSignataire.CONSEILLER, CONSEILLER, MethodeSignature.CLE_ACCES, MAINTENANT, 6);
        livrable.sceller(1, PDF, MAINTENANT, false);
        assertThat(livrable.evenements()).singleElement().isInstanceOfSatisfying(LivrableSigne.class,
                e -> assertThat(e.papier()).isTrue());
    }

    // ------------------------------------------------------------------ seal

    @Test
    void le_sceau_attend_toutes_les_signatures() {
        var livrable = dans("PERSONNE_SIGNEE");
        assertThatThrownBy(() -> livrable.sceller(1, PDF, MAINTENANT, false)).isInstanceOfSatisfying(
                LivrableRefuse.class, r -> assertThat(r.cle()).isEqualTo("livrable.refus.signatures.manquantes"));
        assertThat(livrable.etat()).isEqualTo(EtatLivrable.EN_SIGNATURE);
        assertThat(livrable.evenements()).isEmpty();
    }

    @ParameterizedTest(name = "{0}, souhait UO2.2 écrit {1} : signé, l’événement dit {2} et UO2.2 = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ETAT_DES_LIEUX       | true  | UO1   | false
            PROJET_PROFESSIONNEL | true  | UO2_1 | true
            PROJET_PROFESSIONNEL | false | UO2_1 | false
            SOUHAIT_DE_CLORE     | true  | UO2_2 | false
            """)
    void signe_par_tous_et_scelle_le_livrable_est_signe_et_le_dit(TypeLivrable type, boolean souhait, UniteOeuvre uo,
            boolean souhaitUo22) {
        var livrable = dans("PERSONNE_SIGNEE", type);
        livrable.signer(1, RoleSignataire.CONSEILLER, CONSEILLER, MethodeSignature.CLE_ACCES, MAINTENANT, 7);
        livrable.sceller(1, PDF, MAINTENANT, souhait);

        assertThat(livrable.etat()).isEqualTo(EtatLivrable.SIGNE);
        assertThat(livrable.pdfScelle()).hasValueSatisfying(p -> assertThat(p).isEqualTo(PDF));
        assertThat(livrable.signeLe()).contains(MAINTENANT);
        assertThat(livrable.evenements()).singleElement().isInstanceOfSatisfying(LivrableSigne.class, e -> {
            assertThat(e.uo()).isEqualTo(uo);
            assertThat(e.beneficiaireId()).isEqualTo(livrable.beneficiaireId());
            assertThat(e.papier()).isFalse();
            assertThat(e.souhaitUo22()).isEqualTo(souhaitUo22);
            assertThat(e.conseillerId()).isEqualTo(CONSEILLER);
        });
    }

    @Test
    void un_livrable_non_signe_devient_caduc_un_livrable_signe_le_reste() {
        var brouillon = dans("BROUILLON");
        assertThat(brouillon.rendreCaduc()).isTrue();
        assertThat(brouillon.etat()).isEqualTo(EtatLivrable.CADUC);
        var signe = dans("SIGNE");
        assertThat(signe.rendreCaduc()).isFalse();
        assertThat(signe.etat()).isEqualTo(EtatLivrable.SIGNE);
    }

    @Test
    void un_commentaire_vide_est_refuse_sur_son_champ_un_autre_est_garde_sur_sa_version() {
        var livrable = dans("BROUILLON");
        assertThatThrownBy(() -> livrable.commenter(acteur("PERSONNE"), "  ", MAINTENANT))
                .isInstanceOfSatisfying(LivrableRefuse.class, r -> assertThat(r.champ()).contains("texte"));
        livrable.commenter(acteur("PERSONNE"), "Il manque mon stage", MAINTENANT);
        assertThat(livrable.commentaires()).singleElement().satisfies(c -> {
            assertThat(c.numeroVersion()).isEqualTo(1);
            assertThat(c.beneficiaire()).isTrue();
            assertThat(c.texte()).isEqualTo("Il manque mon stage");
        });
    }

    // ------------------------------------------------------------------ helpers

    private static Livrable dans(String situation) {
        return dans(situation, TypeLivrable.ETAT_DES_LIEUX);
    }

    /** A livrable in a named situation, reached by the aggregate's own methods. */
    private static Livrable dans(String situation, TypeLivrable type) {
        var livrable = Livrable.rediger(UUID.randomUUID(), UUID.randomUUID(), type, "{}", CONSEILLER, MAINTENANT);
        if (situation.equals("BROUILLON")) {
            return livrable;
        }
        if (situation.equals("CADUC")) {
            livrable.rendreCaduc();
            return livrable;
        }
        livrable.soumettre(acteur("CONSEILLER"), PDF, EMPREINTE, PERSONNE, MAINTENANT);
        switch (situation) {
            case "EN_SIGNATURE" -> {
            }
            case "PERSONNE_SIGNEE" -> livrable.signer(1, RoleSignataire.BENEFICIAIRE, PERSONNE,
                    MethodeSignature.CLE_ACCES, MAINTENANT, 1);
            case "REFUSEE" -> livrable.refuser(1, RoleSignataire.BENEFICIAIRE, PERSONNE, "Non", MAINTENANT, 1);
            case "PAPIER" -> livrable.demanderPapier(1, RoleSignataire.BENEFICIAIRE, PERSONNE, MAINTENANT, 1);
            case "SIGNE" -> {
                livrable.signer(1, RoleSignataire.BENEFICIAIRE, PERSONNE, MethodeSignature.CLE_ACCES, MAINTENANT, 1);
                livrable.signer(1, RoleSignataire.CONSEILLER, CONSEILLER, MethodeSignature.CLE_ACCES, MAINTENANT, 2);
                livrable.sceller(1, PDF, MAINTENANT, false);
            }
            default -> throw new IllegalArgumentException(situation);
        }
        return livrable;
    }

    private static ActeurLivrable acteur(String qui) {
        return switch (qui) {
            case "PERSONNE" -> ActeurLivrable.beneficiaire(PERSONNE);
            case "CONSEILLER" -> ActeurLivrable.conseiller(CONSEILLER);
            case "AUTRE_CONSEILLER" -> ActeurLivrable.conseiller(AUTRE_CONSEILLER);
            case "MANAGER" -> ActeurLivrable.lecteur(MANAGER);
            default -> throw new IllegalArgumentException(qui);
        };
    }

    private static UUID compte(String qui) {
        return acteur(qui).compteId();
    }

    private static Set<ActeLivrable> actes(String noms) {
        if (noms == null || noms.isBlank()) {
            return EnumSet.noneOf(ActeLivrable.class);
        }
        return Arrays.stream(noms.trim().split("\\s+")).map(ActeLivrable::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActeLivrable.class)));
    }
}
