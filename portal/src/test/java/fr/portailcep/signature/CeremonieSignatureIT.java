package fr.portailcep.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

import fr.portailcep.compte.Compte;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.shared.Textes;
import fr.portailcep.signature.SignatureRefusee.Motif;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;

/**
 * The signing ceremony (issue 10, what must be shown 3 and 5), against the whole portal and its database, with a
 * document owner of the tests (sort {@code TEST}) and software passkeys for what a browser cannot produce. Each
 * refusal says why in French and nothing is recorded as signed: neither the owner nor the evidence journal hears of
 * it. The browser ceremony itself (CDP virtual authenticator) is in {@code SignatureAuNavigateurIT}.
 */
class CeremonieSignatureIT extends PortailIT {

    @Autowired
    CeremonieSignature ceremonie;
    @Autowired
    DocumentsASignerDeTest documents;
    @Autowired
    JournalPreuves journal;
    @Autowired
    PublicKeyCredentialUserEntityRepository utilisateurs;
    @Autowired
    UserCredentialRepository cles;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Textes textes;
    @Autowired
    Enrolements enrolements;

    private String personne;
    private Compte comptePersonne;
    private Compte compteConseiller;
    private CleLogicielle clePersonne;
    private CleLogicielle cleConseiller;
    private DocumentsASignerDeTest.Document doc;

    @BeforeEach
    void unDocumentADeuxSignataires() throws Exception {
        personne = "signature." + UUID.randomUUID().toString().substring(0, 8);
        var beneficiaire = personnes.nouveauBeneficiaire(personne, "Léa", "Signature");
        comptePersonne = personnes.compte(personne);
        compteConseiller = personnes.compte("julien.weber");
        clePersonne = CleLogicielle.enregistrer(comptePersonne.email(), utilisateurs, cles);
        cleConseiller = CleLogicielle.enregistrer(compteConseiller.email(), utilisateurs, cles);
        doc = documents.creer(beneficiaire, List.of(
                new DocumentASigner.Signataire(RoleSignataire.BENEFICIAIRE, comptePersonne.id(), "Léa Signature",
                        DocumentASigner.EtatSignataire.ATTENDU, null),
                new DocumentASigner.Signataire(RoleSignataire.CONSEILLER, compteConseiller.id(), "Julien Weber",
                        DocumentASigner.EtatSignataire.ATTENDU, null)));
    }

    private <T> T commeLaPersonne(Supplier<T> action) {
        return personnes.enTantQue(personne, action);
    }

    private <T> T commeLeConseiller(Supplier<T> action) {
        return personnes.enTantQue("julien.weber", action);
    }

    private String origine() {
        return url("");
    }

    private String assertion(CleLogicielle cle, OptionsCeremonie options, int flags) {
        try {
            return cle.assertion(options, origine(), flags);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private OptionsCeremonie preparerCommeLaPersonne() {
        return commeLaPersonne(() -> ceremonie.preparer(DocumentsASignerDeTest.SORTE, doc.id));
    }

    /** The refusal, its French text, and nothing recorded: no act at the owner, no entry in the journal. */
    private void refuseSansRienEnregistrer(Runnable acte, Motif motif, String extrait) {
        assertThatThrownBy(acte::run).isInstanceOfSatisfying(SignatureRefusee.class, r -> {
            assertThat(r.motif()).isEqualTo(motif);
            assertThat(textes.get(r.cle(), r.argumentsEnTableau())).contains(extrait);
        });
        assertThat(doc.actes).as("rien n’est signé chez le propriétaire").noneMatch(a -> a.startsWith("SIGNE"));
        assertThat(journal.duDocument(DocumentsASignerDeTest.SORTE, doc.id, doc.version))
                .as("aucune signature au journal").noneMatch(e -> e.acte() == ActePreuve.SIGNATURE
                        || e.acte() == ActePreuve.CODE_COURRIEL);
    }

    @Test
    void les_deux_signent_avec_leur_cle_et_le_journal_prouve_chaque_signature() {
        var options = preparerCommeLaPersonne();
        assertThat(options.userVerification()).isEqualTo("required");
        assertThat(options.allowCredentials()).containsExactly(clePersonne.credentialId.toBase64UrlString());
        assertThat(options.timeout()).isEqualTo(300_000);
        // The challenge is the hash of the manifest, which names the exact PDF by its hash.
        assertThat(options.challenge()).isEqualTo(JsonCanonique.b64url(Manifeste.challengeDe(options.manifeste())));
        assertThat(options.manifeste()).contains("\"empreinteDocument\":\"" + JsonCanonique.sha256Hex(doc.pdf) + "\"")
                .contains("\"decision\":\"APPROUVE\"").contains("lu et approuvé").contains("\"version\":1");

        var personneSigne = commeLaPersonne(() -> ceremonie.signer(options.intentionId(),
                assertion(clePersonne, options, CleLogicielle.UP | CleLogicielle.UV)));
        assertThat(personneSigne.scelle()).isFalse();
        var optionsConseiller = commeLeConseiller(() -> ceremonie.preparer(DocumentsASignerDeTest.SORTE, doc.id));
        // Only the conseiller's own passkeys (the demo conseiller gathers one per test here).
        assertThat(optionsConseiller.allowCredentials()).contains(cleConseiller.credentialId.toBase64UrlString())
                .doesNotContain(clePersonne.credentialId.toBase64UrlString());
        commeLeConseiller(() -> ceremonie.signer(optionsConseiller.intentionId(),
                assertion(cleConseiller, optionsConseiller, CleLogicielle.UP | CleLogicielle.UV)));

        // Both signatures with a passkey, then the seal once the last one is in.
        assertThat(doc.actes).hasSize(3).last().isEqualTo("SCELLE");
        assertThat(doc.actes.subList(0, 2)).allMatch(a -> a.startsWith("SIGNE") && a.contains("CLE_ACCES"));
        var preuves = journal.duDocument(DocumentsASignerDeTest.SORTE, doc.id, 1);
        assertThat(preuves).hasSize(2).allMatch(e -> e.acte() == ActePreuve.SIGNATURE && e.empreinteJuste());
        var premiere = preuves.getFirst();
        assertThat(premiere.numero()).isEqualTo(personneSigne.numeroPreuve());
        assertThat(premiere.manifeste()).isEqualTo(options.manifeste());
        var clientData = new String(Base64.getUrlDecoder().decode(premiere.clientDataJson()), StandardCharsets.UTF_8);
        assertThat(clientData).contains("\"challenge\":\"" + premiere.challengeAttendu() + "\"");
        assertThat(premiere.clePublique()).isEqualTo(JsonCanonique.b64url(clePersonne.cose()));
        assertThat(premiere.flags() & 0x05).isEqualTo(0x05);
        assertThat(premiere.enrolement()).contains("\"niveau\":\"EMAIL_SEUL\"");
        // The chain holds from the first entry of the journal to the last.
        assertThat(JournalPreuves.chaineIntacte(journal.depuis(1), EntreePreuve.ORIGINE)).isTrue();
    }

    @Test
    void un_document_change_apres_le_defi_est_refuse() {
        var options = preparerCommeLaPersonne();
        doc.alterer();
        refuseSansRienEnregistrer(() -> commeLaPersonne(() -> ceremonie.signer(options.intentionId(),
                assertion(clePersonne, options, CleLogicielle.UP | CleLogicielle.UV))), Motif.DOCUMENT_CHANGE,
                "Le document a changé");
    }

    @Test
    void une_signature_sur_une_version_remplacee_est_refusee() {
        var options = preparerCommeLaPersonne();
        doc.nouvelleVersion();
        refuseSansRienEnregistrer(() -> commeLaPersonne(() -> ceremonie.signer(options.intentionId(),
                assertion(clePersonne, options, CleLogicielle.UP | CleLogicielle.UV))), Motif.VERSION_REMPLACEE,
                "nouvelle version");
    }

    @Test
    void une_assertion_rejouee_est_refusee() {
        var options = preparerCommeLaPersonne();
        var reponse = assertion(clePersonne, options, CleLogicielle.UP | CleLogicielle.UV);
        var autre = preparerCommeLaPersonne();
        // The same answer for another intent: its challenge is that of another manifest.
        assertThatThrownBy(() -> commeLaPersonne(() -> ceremonie.signer(autre.intentionId(), reponse)))
                .isInstanceOfSatisfying(SignatureRefusee.class,
                        r -> assertThat(r.motif()).isEqualTo(Motif.ASSERTION_INVALIDE));
        commeLaPersonne(() -> ceremonie.signer(options.intentionId(), reponse));
        assertThat(doc.actes).hasSize(1);
        // Replayed on the same intent: used once already.
        assertThatThrownBy(() -> commeLaPersonne(() -> ceremonie.signer(options.intentionId(), reponse)))
                .isInstanceOfSatisfying(SignatureRefusee.class, r -> {
                    assertThat(r.motif()).isEqualTo(Motif.DEJA_UTILISEE);
                    assertThat(textes.get(r.cle())).contains("déjà été utilisée");
                });
        assertThat(doc.actes).hasSize(1);
        assertThat(journal.duDocument(DocumentsASignerDeTest.SORTE, doc.id, 1)).hasSize(1);
    }

    @Test
    void la_cle_d_une_autre_personne_est_refusee() throws Exception {
        var autre = "signature.autre." + UUID.randomUUID().toString().substring(0, 8);
        personnes.nouveauBeneficiaire(autre, "Paul", "Autre");
        var cleAutre = CleLogicielle.enregistrer(personnes.compte(autre).email(), utilisateurs, cles);
        var options = preparerCommeLaPersonne();
        refuseSansRienEnregistrer(() -> commeLaPersonne(() -> ceremonie.signer(options.intentionId(),
                assertion(cleAutre, options, CleLogicielle.UP | CleLogicielle.UV))), Motif.CLE_D_UN_AUTRE,
                "n’est pas la vôtre");
        // Nor may the other person use the intent of the first.
        refuseSansRienEnregistrer(() -> personnes.enTantQue(autre, () -> ceremonie.signer(options.intentionId(),
                assertion(cleAutre, options, CleLogicielle.UP | CleLogicielle.UV))), Motif.PAS_SIGNATAIRE,
                "pas de signature attendue");
    }

    @Test
    void une_reponse_sans_verification_de_la_personne_est_refusee() {
        var options = preparerCommeLaPersonne();
        refuseSansRienEnregistrer(() -> commeLaPersonne(() -> ceremonie.signer(options.intentionId(),
                assertion(clePersonne, options, CleLogicielle.UP))), Motif.VERIFICATION_ABSENTE,
                "n’a pas vérifié que c’était bien vous");
    }

    @Test
    void une_intention_expiree_est_refusee() {
        var options = preparerCommeLaPersonne();
        horloge.avancer(Duration.ofMinutes(5).plusSeconds(1));
        refuseSansRienEnregistrer(() -> commeLaPersonne(() -> ceremonie.signer(options.intentionId(),
                assertion(clePersonne, options, CleLogicielle.UP | CleLogicielle.UV))), Motif.EXPIREE,
                "cinq minutes");
    }

    @Test
    void une_signature_falsifiee_est_refusee() {
        var options = preparerCommeLaPersonne();
        var reponse = assertion(clePersonne, options, CleLogicielle.UP | CleLogicielle.UV);
        var signature = reponse.replaceAll(".*\"signature\":\"([^\"]+)\".*", "$1");
        var octets = Base64.getUrlDecoder().decode(signature);
        octets[octets.length - 1] ^= 1;
        var falsifiee = reponse.replace(signature, JsonCanonique.b64url(octets));
        refuseSansRienEnregistrer(() -> commeLaPersonne(() -> ceremonie.signer(options.intentionId(), falsifiee)),
                Motif.ASSERTION_INVALIDE, "ne correspond pas");
    }

    @Test
    void le_code_par_courriel_signe_une_fois_et_se_dit_plus_faible() {
        var options = preparerCommeLaPersonne();
        commeLaPersonne(() -> {
            ceremonie.demanderCode(options.intentionId());
            return null;
        });
        var courriel = SmtpDeTest.attendreSujet(comptePersonne.email(), 0, "Votre code pour signer un document");
        var code = SmtpDeTest.code(courriel);
        var faux = code.equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> commeLaPersonne(() -> ceremonie.signerParCode(options.intentionId(), faux)))
                .isInstanceOfSatisfying(SignatureRefusee.class, r -> {
                    assertThat(r.motif()).isEqualTo(Motif.CODE_FAUX);
                    assertThat(textes.get(r.cle(), r.argumentsEnTableau())).contains("Il vous reste 4 essai");
                });
        assertThat(doc.actes).isEmpty();
        // One code per intent.
        assertThatThrownBy(() -> commeLaPersonne(() -> {
            ceremonie.demanderCode(options.intentionId());
            return null;
        })).isInstanceOfSatisfying(SignatureRefusee.class,
                r -> assertThat(r.motif()).isEqualTo(Motif.CODE_INDISPONIBLE));
        commeLaPersonne(() -> ceremonie.signerParCode(options.intentionId(), code));
        assertThat(doc.actes).singleElement().asString().contains("CODE_COURRIEL");
        var preuve = journal.duDocument(DocumentsASignerDeTest.SORTE, doc.id, 1).getFirst();
        assertThat(preuve.acte()).isEqualTo(ActePreuve.CODE_COURRIEL);
        assertThat(preuve.methode()).isEqualTo(MethodeSignature.CODE_COURRIEL);
        assertThat(preuve.manifeste()).isEqualTo(options.manifeste());
        assertThat(preuve.signature()).isNull();
        // The code is kept hashed, never in clear.
        assertThat(jdbc.sql("select code_hache from intention_signature where id = :id")
                .param("id", options.intentionId()).query(String.class).single()).doesNotContain(code).startsWith("$2");
        assertThatThrownBy(() -> commeLaPersonne(() -> ceremonie.signerParCode(options.intentionId(), code)))
                .isInstanceOfSatisfying(SignatureRefusee.class,
                        r -> assertThat(r.motif()).isEqualTo(Motif.DEJA_UTILISEE));
    }

    @Test
    void cinq_codes_faux_epuisent_le_code() {
        var options = preparerCommeLaPersonne();
        commeLaPersonne(() -> {
            ceremonie.demanderCode(options.intentionId());
            return null;
        });
        var code = SmtpDeTest.code(SmtpDeTest.attendreSujet(comptePersonne.email(), 0,
                "Votre code pour signer un document"));
        var faux = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < CeremonieSignature.ESSAIS_CODE; i++) {
            assertThatThrownBy(() -> commeLaPersonne(() -> ceremonie.signerParCode(options.intentionId(), faux)))
                    .isInstanceOf(SignatureRefusee.class);
        }
        refuseSansRienEnregistrer(() -> commeLaPersonne(() -> ceremonie.signerParCode(options.intentionId(), code)),
                Motif.CODE_EPUISE, "ne peut plus servir");
    }

    @Test
    void un_refus_demande_une_raison_qui_parvient_au_conseiller() {
        assertThatThrownBy(() -> commeLaPersonne(() -> ceremonie.refuser(DocumentsASignerDeTest.SORTE, doc.id, "  ")))
                .isInstanceOfSatisfying(SignatureRefusee.class,
                        r -> assertThat(r.motif()).isEqualTo(Motif.MOTIF_REQUIS));
        var deja = SmtpDeTest.pour(compteConseiller.email()).size();
        var numero = commeLaPersonne(() -> ceremonie.refuser(DocumentsASignerDeTest.SORTE, doc.id,
                "La date du prochain rendez-vous est fausse."));
        assertThat(doc.actes).singleElement().asString().startsWith("REFUSE BENEFICIAIRE").contains("#" + numero);
        var preuve = journal.duDocument(DocumentsASignerDeTest.SORTE, doc.id, 1).getFirst();
        assertThat(preuve.acte()).isEqualTo(ActePreuve.REFUS);
        assertThat(preuve.detail()).contains("La date du prochain rendez-vous est fausse.");
        var avis = SmtpDeTest.attendreSujet(compteConseiller.email(), deja, "Un document a été refusé : Document de test");
        assertThat(SmtpDeTest.corps(avis)).contains("La date du prochain rendez-vous est fausse.");
        // Refused, the person can no longer sign that version.
        assertThatThrownBy(this::preparerCommeLaPersonne).isInstanceOfSatisfying(SignatureRefusee.class,
                r -> assertThat(r.motif()).isEqualTo(Motif.PAS_SIGNATAIRE));
    }

    @Test
    void le_papier_demande_imprime_scanne_puis_atteste_par_le_conseiller() {
        commeLaPersonne(() -> ceremonie.demanderPapier(DocumentsASignerDeTest.SORTE, doc.id));
        assertThat(doc.actes).singleElement().asString().startsWith("PAPIER BENEFICIAIRE");

        var copie = commeLeConseiller(() -> ceremonie.copiePapier(DocumentsASignerDeTest.SORTE, doc.id));
        assertThat(copie).isNotEmpty();
        // A file that is not a scan is refused by its content, whatever its name.
        assertThatThrownBy(() -> commeLeConseiller(() -> ceremonie.deposerScan(DocumentsASignerDeTest.SORTE, doc.id,
                "scan.pdf", "MZ pas un pdf".getBytes(StandardCharsets.UTF_8), EnumSet.of(RoleSignataire.BENEFICIAIRE))))
                .isInstanceOfSatisfying(SignatureRefusee.class, r -> assertThat(r.motif()).isEqualTo(Motif.SCAN_REFUSE));
        // The person may not deposit nor attest a scan.
        var png = java.util.HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
                + "890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");
        var scanId = commeLeConseiller(() -> ceremonie.deposerScan(DocumentsASignerDeTest.SORTE, doc.id,
                "scan-signe.png", png, EnumSet.of(RoleSignataire.BENEFICIAIRE)));
        var attestation = commeLeConseiller(() -> ceremonie.preparerAttestation(scanId));
        assertThat(attestation.manifeste()).contains("\"decision\":\"ATTESTE_PAPIER\"")
                .contains("\"empreinteDocument\":\"" + JsonCanonique.sha256Hex(png) + "\"")
                .contains("\"empreinteVersion\":\"" + JsonCanonique.sha256Hex(doc.pdf) + "\"");
        commeLeConseiller(() -> ceremonie.signer(attestation.intentionId(),
                assertion(cleConseiller, attestation, CleLogicielle.UP | CleLogicielle.UV)));
        assertThat(doc.actes).anyMatch(a -> a.startsWith("SIGNE BENEFICIAIRE PAPIER"));
        var preuves = journal.duDocument(DocumentsASignerDeTest.SORTE, doc.id, 1);
        assertThat(preuves).extracting(EntreePreuve::acte).containsExactly(ActePreuve.PAPIER_DEMANDE,
                ActePreuve.SCAN_PAPIER, ActePreuve.ATTESTATION_PAPIER);
        assertThat(preuves.getLast().detail()).contains(JsonCanonique.sha256Hex(png)).contains("BENEFICIAIRE");

        // Mixed modes: the conseiller signs electronically; both have signed.
        var options = commeLeConseiller(() -> ceremonie.preparer(DocumentsASignerDeTest.SORTE, doc.id));
        commeLeConseiller(() -> ceremonie.signer(options.intentionId(),
                assertion(cleConseiller, options, CleLogicielle.UP | CleLogicielle.UV)));
        assertThat(documents.aSignerPourLeSysteme(doc.id).signataires())
                .allMatch(s -> s.etat() == DocumentASigner.EtatSignataire.SIGNE);
        assertThat(doc.actes).anyMatch(a -> a.startsWith("SIGNE CONSEILLER CLE_ACCES"));
    }

    @Test
    void le_journal_refuse_toute_modification_et_toute_suppression() {
        commeLaPersonne(() -> ceremonie.demanderPapier(DocumentsASignerDeTest.SORTE, doc.id));
        // Refused twice over: the application's role has no right to it (afterMigrate.sql), and a trigger refuses
        // it to any role, the owner included.
        assertThatThrownBy(() -> jdbc.sql("update journal_preuves set detail = 'autre' where document_id = :d")
                .param("d", doc.id).update()).rootCause().message().containsAnyOf("ajout seul", "permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from journal_preuves where document_id = :d")
                .param("d", doc.id).update()).rootCause().message().containsAnyOf("ajout seul", "permission denied");
    }

    @Test
    void le_conseiller_d_un_rendez_vous_tenu_note_l_identite_verifiee_et_la_preuve_le_dit() {
        var rdv = UUID.randomUUID();
        var debut = java.time.Instant.parse("1995-01-01T00:00:00Z")
                .plusSeconds(60L * 20 * new java.util.Random().nextInt(500_000));
        jdbc.sql("""
                insert into rendez_vous (id, conseiller_id, site_id, beneficiaire_id, modalite, debut, fin, statut,
                    origine, cree_le, modifie_le)
                values (:id, :conseiller, :site, :beneficiaire, 'SUR_SITE', :debut, :fin, 'HONORE', 'SUR_PLACE',
                    :debut, :debut)
                """).param("id", rdv).param("conseiller", compteConseiller.id())
                .param("site", personnes.site("Strasbourg")).param("beneficiaire", doc.beneficiaireId)
                .param("debut", java.sql.Timestamp.from(debut))
                .param("fin", java.sql.Timestamp.from(debut.plusSeconds(600))).update();
        // Another conseillère of the site did not hold it.
        assertThatThrownBy(() -> personnes.enTantQue("amina.keita", () -> enrolements.clesDeLaPersonne(rdv)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var clesVues = commeLeConseiller(() -> enrolements.clesDeLaPersonne(rdv));
        assertThat(clesVues).extracting(Enrolements.CleDeLaPersonne::credentialId)
                .containsExactly(clePersonne.credentialId.toBase64UrlString());
        commeLeConseiller(() -> enrolements.verifierIdentite(rdv, clePersonne.credentialId.toBase64UrlString(),
                Enrolement.PieceIdentite.PASSEPORT));

        var options = preparerCommeLaPersonne();
        commeLaPersonne(() -> ceremonie.signer(options.intentionId(),
                assertion(clePersonne, options, CleLogicielle.UP | CleLogicielle.UV)));
        var preuve = journal.duDocument(DocumentsASignerDeTest.SORTE, doc.id, 1).getFirst();
        assertThat(preuve.enrolement()).contains("\"niveau\":\"IDENTITE_VERIFIEE\"")
                .contains("\"piece\":\"PASSEPORT\"").contains(rdv.toString())
                .contains(compteConseiller.id().toString());
    }

    @Test
    void seul_un_signataire_attendu_prepare_une_signature() {
        assertThatThrownBy(() -> personnes.enTantQue("amina.keita",
                () -> ceremonie.preparer(DocumentsASignerDeTest.SORTE, doc.id)))
                .isInstanceOf(fr.portailcep.shared.Introuvable.class);
        assertThat(Personnes.DOMAINE).isNotBlank();
    }
}
