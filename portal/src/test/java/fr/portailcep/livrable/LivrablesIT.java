package fr.portailcep.livrable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.portailcep.parcours.ClotureDesUnitesEchues;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.MotifCloture;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.Personnes;
import fr.portailcep.parcours.StatutUnite;
import fr.portailcep.parcours.SuiviConseiller;
import fr.portailcep.parcours.TypeEvenement;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.parcours.Urgence;
import fr.portailcep.parcours.VueDossier;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.signature.DocumentASigner.EtatSignataire;
import fr.portailcep.signature.DocumentsASigner;
import fr.portailcep.signature.MethodeSignature;
import fr.portailcep.signature.RoleSignataire;
import fr.portailcep.test.BoiteDEnvoi;
import fr.portailcep.test.PortailIT;
import fr.portailcep.test.SmtpDeTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * A livrable from its draft to its seal, with the real database and courriels: the conseiller drafts the État des
 * lieux (prefilled), the person reads and comments, the conseiller submits it, changes it (version 2, the pending
 * signature cancelled), both sign through the signature port, the seal is stored; the UO1 closes with its motive
 * and its line in the history, the person gets the sealed PDF by courriel, a copy waits for France compétences, and
 * the abandon job leaves the unit alone. Another team and another person see nothing of it.
 */
class LivrablesIT extends PortailIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    LivrablesService livrables;
    @Autowired
    List<DocumentsASigner> ports;
    @Autowired
    TransmissionsFranceCompetences transmissions;
    @Autowired
    ParcoursService parcours;
    @Autowired
    DossiersEquipe dossiers;
    @Autowired
    ClotureDesUnitesEchues cloture;
    @Autowired
    SuiviConseiller suivi;
    @Autowired
    JdbcClient jdbc;

    @Test
    void un_etat_des_lieux_redige_commente_modifie_signe_par_les_deux_et_scelle_clot_l_uo1() throws Exception {
        // Ninety days ago: the UO1's period (two months) is over today, so that the abandon job can be tried on it.
        var debut = LocalDate.now(PARIS).minusDays(90);
        le(debut, LocalTime.of(9, 0));
        var identifiant = "livrable." + UUID.randomUUID().toString().substring(0, 8);
        var adresse = identifiant + Personnes.DOMAINE;
        var personne = personnes.nouveauBeneficiaire(identifiant, "Inès", "Livrable");
        var compteDeLaPersonne = personnes.compte(identifiant);
        var julien = personnes.compte("julien.weber");
        personnes.enTantQue("julien.weber", () -> parcours.engager(personne, new Engagement(UniteOeuvre.UO1, debut,
                true, Eligibilite.CONFIRMEE, "INDIVIDUELLE", null, null, null)));

        // The conseiller drafts it: prefilled from the dossier.
        assertThat(personnes.enTantQue("julien.weber", () -> livrables.redigeables(personne)))
                .containsExactly(TypeLivrable.ETAT_DES_LIEUX);
        var brouillon = personnes.enTantQue("julien.weber",
                () -> livrables.rediger(personne, TypeLivrable.ETAT_DES_LIEUX));
        var id = brouillon.id();
        assertThat(brouillon.etat()).isEqualTo(EtatLivrable.BROUILLON);
        assertThat(brouillon.version()).isEqualTo(1);
        assertThat(brouillon.contenu()).isInstanceOfSatisfying(EtatDesLieux.class, e -> {
            assertThat(e.personne()).isEqualTo("Inès Livrable");
            assertThat(e.conseiller()).isEqualTo(julien.nomAffiche());
            assertThat(e.entretien()).isEqualTo(debut);
        });
        assertThat(brouillon.actesPossibles()).contains(ActeLivrable.MODIFIER, ActeLivrable.SOUMETTRE);
        assertThat(personnes.enTantQue("julien.weber", () -> livrables.rediger(personne, TypeLivrable.ETAT_DES_LIEUX))
                .id()).as("un seul par unité").isEqualTo(id);

        // The person reads the draft and comments; their conseiller is told.
        var commente = personnes.enTantQue(identifiant, () -> {
            assertThat(livrables.mesDocuments()).extracting(VueLivrable::id).containsExactly(id);
            assertThat(livrables.page(id)).contains("Inès Livrable").contains("médiateur de France compétences");
            return livrables.commenter(id, "Il manque mon stage de l’an dernier.");
        });
        assertThat(commente.commentaires()).singleElement().satisfies(c -> {
            assertThat(c.beneficiaire()).isTrue();
            assertThat(c.version()).isEqualTo(1);
        });
        assertThat(commente.actesPossibles()).containsExactly(ActeLivrable.COMMENTER);
        SmtpDeTest.attendreSujet(julien.email(), 0, "Un commentaire sur un document à signer");

        // The conseiller submits it: the PDF is frozen, the person is asked to sign it by courriel.
        le(debut.plusDays(1), LocalTime.of(10, 0));
        var soumis = personnes.enTantQue("julien.weber", () -> livrables.soumettre(id));
        assertThat(soumis.etat()).isEqualTo(EtatLivrable.EN_SIGNATURE);
        var v1 = soumis.empreinte().orElseThrow();
        var pdf1 = personnes.enTantQue("julien.weber", () -> livrables.pdf(id));
        assertThat(LivrablesService.empreinte(pdf1)).isEqualTo(v1);
        var invitation = SmtpDeTest.attendreSujet(adresse, 0, "Un document vous attend sur le Portail CEP");
        assertThat(SmtpDeTest.corps(invitation)).contains("/mes-documents/" + id);

        // The conseiller's caseload shows the livrable waiting for its signatures.
        assertThat(personnes.enTantQue("julien.weber", () -> suivi.portefeuille()).stream()
                .filter(l -> l.beneficiaireId().equals(personne)).flatMap(l -> l.urgences().stream()))
                .anySatisfy(u -> assertThat(u.type()).isEqualTo(Urgence.Type.LIVRABLE_A_SIGNER));

        var port = ports.stream().filter(p -> p.sorte().equals("LIVRABLE")).findFirst().orElseThrow();
        var aSigner = personnes.enTantQue(identifiant, () -> port.aSigner(id));
        assertThat(aSigner.version()).isEqualTo(1);
        assertThat(aSigner.empreinte()).isEqualTo(v1);
        assertThat(aSigner.signataires()).extracting(s -> s.role(), s -> s.compteId()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(RoleSignataire.BENEFICIAIRE, compteDeLaPersonne.id()),
                org.assertj.core.groups.Tuple.tuple(RoleSignataire.CONSEILLER, julien.id()));
        port.signe(id, 1, RoleSignataire.BENEFICIAIRE, compteDeLaPersonne.id(), MethodeSignature.CLE_ACCES,
                horloge.instant(), 101);

        // The conseiller changes it: version 2, a draft again; version 1 kept, cancelled, no longer signable.
        var modifie = personnes.enTantQue("julien.weber", () -> {
            var e = (EtatDesLieux) livrables.parId(id).contenu();
            var situation = new java.util.ArrayList<>(e.situation());
            situation.add("Vous avez fait un stage d’aide-soignante l’an dernier.");
            return livrables.modifier(id, 1, new EtatDesLieux(e.numeroDossier(), e.personne(), e.conseiller(),
                    e.entretien(), situation, e.informationsEchangees(), e.decision(), e.suites()));
        });
        assertThat(modifie.version()).isEqualTo(2);
        assertThat(modifie.etat()).isEqualTo(EtatLivrable.BROUILLON);
        assertThat(modifie.versions()).extracting(VueLivrable.Version::numero, VueLivrable.Version::annulee)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, false),
                        org.assertj.core.groups.Tuple.tuple(1, true));
        assertThatThrownBy(() -> port.signe(id, 1, RoleSignataire.CONSEILLER, julien.id(), MethodeSignature.CLE_ACCES,
                horloge.instant(), 102)).isInstanceOf(LivrableRefuse.class);
        assertThatThrownBy(() -> personnes.enTantQue("julien.weber", () -> livrables.modifier(id, 1,
                modifie.contenu()))).isInstanceOfSatisfying(LivrableRefuse.class,
                        r -> assertThat(r.cle()).isEqualTo("livrable.refus.version.perimee"));

        // Submitted again and signed by both through the signature port.
        le(debut.plusDays(2), LocalTime.of(11, 0));
        var v2 = personnes.enTantQue("julien.weber", () -> livrables.soumettre(id)).empreinte().orElseThrow();
        assertThat(v2).isNotEqualTo(v1);
        port.signe(id, 2, RoleSignataire.BENEFICIAIRE, compteDeLaPersonne.id(), MethodeSignature.CLE_ACCES,
                horloge.instant(), 103);
        port.signe(id, 2, RoleSignataire.CONSEILLER, julien.id(), MethodeSignature.CLE_ACCES, horloge.instant(), 104);
        assertThat(port.aSignerPourLeSysteme(id).signataires()).extracting(s -> s.etat())
                .containsOnly(EtatSignataire.SIGNE);
        assertThat(port.rendreAvecSignatures(id, 2, new fr.portailcep.signature.PageSignatures(List.of(), "abcd",
                "https://exemple.fr/verifier", new byte[0]))).startsWith("%PDF".getBytes());

        // Sealed: signed, the UO1 closes with its motive and its line in the history.
        var scelle = pdfQuelconque();
        port.scelle(id, 2, scelle, horloge.instant());
        var signe = personnes.enTantQue(identifiant, () -> livrables.parId(id));
        assertThat(signe.etat()).isEqualTo(EtatLivrable.SIGNE);
        assertThat(personnes.enTantQue(identifiant, () -> livrables.pdf(id))).isEqualTo(scelle);
        var dossier = dossierDe(personne);
        var uo1 = dossier.unites().stream().filter(u -> u.uo() == UniteOeuvre.UO1).findFirst().orElseThrow();
        assertThat(uo1.statut()).isEqualTo(StatutUnite.CLOSE);
        assertThat(uo1.motifCloture()).contains(MotifCloture.LIVRABLE_SIGNE);
        assertThat(uo1.closeLe()).contains(debut.plusDays(2));
        assertThat(dossier.evenements()).filteredOn(e -> e.type() == TypeEvenement.UNITE_CLOSE).singleElement()
                .satisfies(e -> {
                    assertThat(e.motifCloture()).contains(MotifCloture.LIVRABLE_SIGNE);
                    assertThat(e.auteurId()).contains(julien.id());
                });

        // The person's copy at once, the sealed PDF attached; a copy queued for France compétences.
        var copie = SmtpDeTest.attendreSujet(adresse, 0, "Votre document signé");
        assertThat(pieceJointe(copie)).isEqualTo(scelle);
        assertThat(transmissions.duLivrable(id)).singleElement().satisfies(t -> {
            assertThat(t.version()).isEqualTo(2);
            assertThat(t.type()).isEqualTo(TypeLivrable.ETAT_DES_LIEUX);
            assertThat(t.etat()).isEqualTo(TransmissionsFranceCompetences.Etat.A_TRANSMETTRE);
            assertThat(t.empreinte()).isEqualTo(LivrablesService.empreinte(scelle));
        });
        assertThat(transmissions.aTransmettre()).extracting(TransmissionsFranceCompetences.Transmission::livrableId)
                .contains(id);
        BoiteDEnvoi.attendreQueToutSoitParti(jdbc, adresse);

        // The period is over: the abandon job leaves the unit closed by the signature as it is.
        le(debut.plusMonths(2).plusDays(1), LocalTime.of(0, 30));
        cloture.cloreUnitesEchues();
        var apres = dossierDe(personne).unites().stream().filter(u -> u.uo() == UniteOeuvre.UO1).findFirst()
                .orElseThrow();
        assertThat(apres.motifCloture()).contains(MotifCloture.LIVRABLE_SIGNE);
        assertThat(dossierDe(personne).evenements()).noneMatch(e -> e.type() == TypeEvenement.UNITE_ABANDONNEE);
        assertThat(personnes.enTantQue(identifiant, () -> livrables.parId(id)).etat()).isEqualTo(EtatLivrable.SIGNE);

        // Another team and another person see nothing of it.
        assertThatThrownBy(() -> personnes.enTantQue("sophie.lambert", () -> livrables.parId(id)))
                .isInstanceOf(Introuvable.class);
        assertThatThrownBy(() -> personnes.enTantQue("sophie.lambert", () -> livrables.duDossier(personne)))
                .isInstanceOf(Introuvable.class);
        assertThatThrownBy(() -> personnes.enTantQue("yasmine.diallo", () -> livrables.parId(id)))
                .isInstanceOf(Introuvable.class);
        assertThatThrownBy(() -> personnes.enTantQue("yasmine.diallo", () -> livrables.commenter(id, "Bonjour")))
                .isInstanceOf(Introuvable.class);
        assertThat(personnes.enTantQue("yasmine.diallo", () -> livrables.mesDocuments()))
                .extracting(VueLivrable::id).doesNotContain(id);
    }

    @Test
    void une_uo1_close_pour_abandon_rend_son_livrable_non_signe_caduc() {
        var debut = LocalDate.now(PARIS).minusDays(80);
        le(debut, LocalTime.of(9, 0));
        var identifiant = "caduc." + UUID.randomUUID().toString().substring(0, 8);
        var personne = personnes.nouveauBeneficiaire(identifiant, "Hugo", "Caduc");
        var id = personnes.enTantQue("julien.weber", () -> {
            parcours.engager(personne, new Engagement(UniteOeuvre.UO1, debut, true, Eligibilite.CONFIRMEE,
                    "INDIVIDUELLE", null, null, null));
            var livrable = livrables.rediger(personne, TypeLivrable.ETAT_DES_LIEUX);
            return livrables.soumettre(livrable.id()).id();
        });
        le(debut.plusMonths(2).plusDays(1), LocalTime.of(0, 30));
        cloture.cloreUnitesEchues();
        var livrable = personnes.enTantQue("julien.weber", () -> livrables.parId(id));
        assertThat(livrable.etat()).isEqualTo(EtatLivrable.CADUC);
        assertThat(livrable.actesPossibles()).isEmpty();
    }

    private VueDossier dossierDe(UUID personne) {
        return personnes.enTantQue("julien.weber", () -> dossiers.dossierDe(personne)).orElseThrow();
    }

    private void le(LocalDate jour, LocalTime heure) {
        horloge.regler(jour.atTime(heure).atZone(PARIS).toInstant());
    }

    /** Some PDF bytes standing for the sealed document (the seal itself is the signature feature's). */
    private static byte[] pdfQuelconque() throws Exception {
        var sortie = new ByteArrayOutputStream();
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(sortie);
        }
        return sortie.toByteArray();
    }

    private static byte[] pieceJointe(jakarta.mail.internet.MimeMessage message) throws Exception {
        return message.getContent() instanceof Multipart multipart ? pieceJointe(multipart) : null;
    }

    private static byte[] pieceJointe(Multipart multipart) throws Exception {
        for (var i = 0; i < multipart.getCount(); i++) {
            var partie = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(partie.getDisposition())
                    || (partie.getFileName() != null && partie.getFileName().endsWith(".pdf"))) {
                return partie.getInputStream().readAllBytes();
            }
            if (partie.getContent() instanceof Multipart imbrique) {
                var trouve = pieceJointe(imbrique);
                if (trouve != null) {
                    return trouve;
                }
            }
        }
        return null;
    }
}
