package fr.portailcep.messagerie;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import fr.portailcep.parcours.Personnes;
import fr.portailcep.test.Pages;
import fr.portailcep.test.PortailIT;

/**
 * Bad attachments are refused with a clear message beside the field, and what the person typed stays: an executable
 * renamed {@code .pdf} (judged by its content), an empty file, a file over the limit. The service refuses them too.
 */
class PiecesJointesRefuseesIT extends PortailIT {

    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0,
            (byte) 0xB8, 0, 0, 0, 0, 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0};

    @Autowired
    MessagerieService messagerie;

    @Test
    void un_executable_renomme_un_fichier_vide_et_un_fichier_trop_lourd_sont_refuses_sans_perdre_le_texte() {
        var page = telephone();
        connecterDemo(page, "thomas.petit");
        Pages.ouvrir(page, url("/messages"));
        var texte = "Bonjour, je vous envoie ma fiche de paie. Thomas";
        page.locator("#sujet-message input").fill("Ma fiche de paie");
        page.locator("#texte-message textarea").fill(texte);
        var fichier = page.locator("#pieces-jointes input[type=file]");

        fichier.setInputFiles(new FilePayload("fiche-de-paie.pdf", "application/pdf", EXE));
        assertThat(page.locator("#erreur-piece")).containsText("« fiche-de-paie.pdf » n’est pas un PDF ni une photo");
        Pages.verifierPage(page, "parcours/70-piece-refusee");

        fichier.setInputFiles(new FilePayload("vide.pdf", "application/pdf", new byte[0]));
        assertThat(page.locator("#erreur-piece")).containsText("« vide.pdf » est vide");

        var tropLourd = new byte[VerificationPieceJointe.TAILLE_MAX + 1024];
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, tropLourd, 0, 9);
        fichier.setInputFiles(new FilePayload("scan.pdf", "application/pdf", tropLourd));
        assertThat(page.locator("#erreur-piece")).containsText("« scan.pdf » dépasse 5 Mo");

        assertThat(page.locator("#pieces-en-attente li")).hasCount(0);
        assertThat(page.locator("#texte-message textarea")).hasValue(texte);
        assertThat(page.locator("#sujet-message input")).hasValue("Ma fiche de paie");
    }

    @Test
    void un_sixieme_document_ou_plus_de_dix_mo_en_tout_sont_refuses_a_cote_du_champ() {
        var page = telephone();
        connecterDemo(page, "thomas.petit");
        Pages.ouvrir(page, url("/messages"));
        var texte = "Voici mes documents.";
        page.locator("#texte-message textarea").fill(texte);
        var fichier = page.locator("#pieces-jointes input[type=file]");
        var enAttente = page.locator("#pieces-en-attente li");
        for (var i = 1; i <= VerificationPieceJointe.NOMBRE_MAX; i++) {
            fichier.setInputFiles(new FilePayload("piece-" + i + ".pdf", "application/pdf", pdf(1024)));
            assertThat(enAttente).hasCount(i);
        }
        fichier.setInputFiles(new FilePayload("piece-6.pdf", "application/pdf", pdf(1024)));
        assertThat(page.locator("#erreur-piece"))
                .containsText("« piece-6.pdf » n’a pas été ajouté : un message porte 5 documents au plus");
        assertThat(enAttente).hasCount(VerificationPieceJointe.NOMBRE_MAX);
        Pages.verifierPage(page, "parcours/71-pieces-trop-nombreuses");

        for (var i = VerificationPieceJointe.NOMBRE_MAX - 1; i >= 0; i--) {
            enAttente.first().getByRole(AriaRole.BUTTON).click();
            assertThat(enAttente).hasCount(i);
        }
        var quatreMo = pdf(4 * 1024 * 1024);
        fichier.setInputFiles(new FilePayload("releve-1.pdf", "application/pdf", quatreMo));
        assertThat(enAttente).hasCount(1);
        fichier.setInputFiles(new FilePayload("releve-2.pdf", "application/pdf", quatreMo));
        assertThat(enAttente).hasCount(2);
        fichier.setInputFiles(new FilePayload("releve-3.pdf", "application/pdf", quatreMo));
        assertThat(page.locator("#erreur-piece"))
                .containsText("« releve-3.pdf » n’a pas été ajouté : les documents d’un message font 10 Mo au plus en tout");
        assertThat(enAttente).hasCount(2);
        assertThat(page.locator("#texte-message textarea")).hasValue(texte);
    }

    private static byte[] pdf(int taille) {
        var contenu = new byte[taille];
        System.arraycopy("%PDF-1.4\n".getBytes(), 0, contenu, 0, 9);
        return contenu;
    }

    @Test
    void le_service_refuse_plus_de_dix_mo_en_tout() {
        var quatreMo = pdf(4 * 1024 * 1024);
        personnes.faire("thomas.petit", () -> assertThatThrownBy(() -> messagerie.nouveauFil("Essai", "Texte",
                List.of(new FichierEnvoye("a.pdf", quatreMo), new FichierEnvoye("b.pdf", quatreMo),
                        new FichierEnvoye("c.pdf", quatreMo))))
                .isInstanceOfSatisfying(MessageRefuse.class, r -> {
                    org.assertj.core.api.Assertions.assertThat(r.cle()).isEqualTo("messagerie.refus.total");
                    org.assertj.core.api.Assertions.assertThat(r.champ()).contains("pieces");
                }));
    }

    @Test
    void le_service_refuse_aussi_une_piece_dont_le_contenu_n_est_pas_accepte() {
        personnes.faire("thomas.petit", () -> assertThatThrownBy(() -> messagerie.nouveauFil("Essai", "Texte",
                List.of(new FichierEnvoye("photo.png", EXE)))).isInstanceOf(PieceJointeRefusee.class));
        personnes.faire("thomas.petit", () -> assertThatThrownBy(() -> messagerie.nouveauFil("Essai", "Texte",
                List.of(new FichierEnvoye("vide.pdf", new byte[0])))).isInstanceOf(PieceJointeRefusee.class));
    }
}
