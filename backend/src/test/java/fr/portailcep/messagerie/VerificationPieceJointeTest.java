package fr.portailcep.messagerie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.portailcep.messagerie.VerificationPieceJointe.Acceptee;
import fr.portailcep.messagerie.VerificationPieceJointe.Motif;
import fr.portailcep.messagerie.VerificationPieceJointe.Refusee;

/** An attachment is judged by its content, never by its name. */
class VerificationPieceJointeTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

    @Test
    void accepte_un_pdf_une_image_jpeg_et_png() {
        assertThat(VerificationPieceJointe.verifier("attestation.pdf", PDF))
                .isEqualTo(new Acceptee("attestation.pdf", "application/pdf", PDF));
        assertThat(VerificationPieceJointe.verifier("photo.jpeg", JPEG)).isInstanceOfSatisfying(Acceptee.class,
                a -> assertThat(a.typeMime()).isEqualTo("image/jpeg"));
        assertThat(VerificationPieceJointe.verifier("capture.png", PNG)).isInstanceOfSatisfying(Acceptee.class,
                a -> assertThat(a.typeMime()).isEqualTo("image/png"));
    }

    @Test
    void refuse_un_executable_renomme_en_pdf() {
        assertThat(VerificationPieceJointe.verifier("facture.pdf", EXE)).isEqualTo(new Refusee(Motif.TYPE_REFUSE));
    }

    @Test
    void refuse_un_texte_renomme_en_image() {
        assertThat(VerificationPieceJointe.verifier("photo.png", "bonjour".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new Refusee(Motif.TYPE_REFUSE));
    }

    @Test
    void refuse_un_fichier_vide() {
        assertThat(VerificationPieceJointe.verifier("vide.pdf", new byte[0])).isEqualTo(new Refusee(Motif.VIDE));
    }

    @Test
    void refuse_un_fichier_trop_grand_et_accepte_la_taille_limite() {
        var limite = Arrays.copyOf(PDF, VerificationPieceJointe.TAILLE_MAX);
        assertThat(VerificationPieceJointe.verifier("gros.pdf", limite)).isInstanceOf(Acceptee.class);
        var tropGrand = Arrays.copyOf(PDF, VerificationPieceJointe.TAILLE_MAX + 1);
        assertThat(VerificationPieceJointe.verifier("gros.pdf", tropGrand)).isEqualTo(new Refusee(Motif.TROP_GRANDE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "scan.PDF | .pdf | scan.pdf",
            "../../etc/passwd | .pdf | passwd.pdf",
            "C:\\Users\\lea\\cv.exe | .pdf | cv.pdf",
            "photo | .jpg | photo.jpg",
            ".pdf | .pdf | piece-jointe.pdf",
            "'  ' | .png | piece-jointe.png",
    })
    void garde_un_nom_propre_avec_l_extension_du_type_reconnu(String nom, String extension, String attendu) {
        assertThat(VerificationPieceJointe.nettoyer(nom, extension)).isEqualTo(attendu);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // already joined | their total (bytes) | new document (bytes) | refusal
            "0 | 0        | 5242880 | -",
            "4 | 1000     | 1000    | -",
            "5 | 1000     | 1       | TROP_NOMBREUSES",
            "9 | 0        | 1       | TROP_NOMBREUSES",
            "1 | 5242880  | 5242880 | -",
            "2 | 10485760 | 1       | TOTAL_TROP_GRAND",
            "2 | 9000000  | 2000000 | TOTAL_TROP_GRAND",
    })
    void cinq_documents_et_dix_mo_au_plus_par_message(int joints, long total, long taille, Motif refus) {
        assertThat(VerificationPieceJointe.place(joints, total, taille)).isEqualTo(java.util.Optional.ofNullable(refus));
    }

    @Test
    void un_fichier_sur_disque_est_juge_comme_en_memoire_par_son_contenu(@org.junit.jupiter.api.io.TempDir Path dossier)
            throws Exception {
        assertThat(VerificationPieceJointe.verifier(ecrire(dossier, "a.exe", PDF))).isEmpty();
        assertThat(VerificationPieceJointe.verifier(ecrire(dossier, "b.png", JPEG))).isEmpty();
        assertThat(VerificationPieceJointe.verifier(ecrire(dossier, "c.pdf", EXE))).contains(Motif.TYPE_REFUSE);
        assertThat(VerificationPieceJointe.verifier(ecrire(dossier, "d.pdf", new byte[0]))).contains(Motif.VIDE);
        assertThat(VerificationPieceJointe.verifier(ecrire(dossier, "e.pdf",
                Arrays.copyOf(PDF, VerificationPieceJointe.TAILLE_MAX + 1)))).contains(Motif.TROP_GRANDE);
    }

    private static Path ecrire(Path dossier, String nom, byte[] contenu) throws java.io.IOException {
        return Files.write(dossier.resolve(nom), contenu);
    }
}
