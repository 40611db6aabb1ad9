package fr.portailcep.messagerie.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.portailcep.messagerie.VerificationPieceJointe.Motif;
import fr.portailcep.messagerie.VerificationPieceJointe;

/** The documents of a message being written wait on disk, bounded, and their files go when they are done with. */
class PiecesEnAttenteTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    private static final int MO = 1024 * 1024;

    private final PiecesEnAttente pieces = new PiecesEnAttente();

    @AfterEach
    void nettoyer() {
        pieces.fermer();
    }

    @Test
    void un_document_attend_dans_un_fichier_qui_disparait_quand_on_le_retire() throws IOException {
        assertThat(pieces.recevoir("cv.pdf", flux(PDF))).isEmpty();
        var piece = pieces.liste().getFirst();
        assertThat(piece.taille()).isEqualTo(PDF.length);
        assertThat(Files.readAllBytes(piece.fichier())).isEqualTo(PDF);
        assertThat(PiecesEnAttente.lire(pieces.liste()).getFirst().contenu()).isEqualTo(PDF);

        pieces.retirer(piece);
        assertThat(piece.fichier()).doesNotExist();
        assertThat(pieces.estVide()).isTrue();
    }

    @Test
    void cinq_documents_au_plus() throws IOException {
        for (var i = 1; i <= VerificationPieceJointe.NOMBRE_MAX; i++) {
            assertThat(pieces.recevoir("doc" + i + ".pdf", flux(PDF))).isEmpty();
        }
        assertThat(pieces.refusAvantLecture(PDF.length)).contains(Motif.TROP_NOMBREUSES);
        // Even when the announced size was not checked (two uploads at once): refused after reading, file deleted.
        var avant = fichiersTemporaires();
        assertThat(pieces.recevoir("doc6.pdf", flux(PDF))).contains(Motif.TROP_NOMBREUSES);
        assertThat(fichiersTemporaires()).isEqualTo(avant);
        assertThat(pieces.liste()).hasSize(VerificationPieceJointe.NOMBRE_MAX);
    }

    @Test
    void dix_mo_au_plus_en_tout() throws IOException {
        var quatreMo = Arrays.copyOf(PDF, 4 * MO);
        assertThat(pieces.recevoir("a.pdf", flux(quatreMo))).isEmpty();
        assertThat(pieces.recevoir("b.pdf", flux(quatreMo))).isEmpty();
        assertThat(pieces.refusAvantLecture(3 * MO)).contains(Motif.TOTAL_TROP_GRAND);
        assertThat(pieces.recevoir("c.pdf", flux(quatreMo))).contains(Motif.TOTAL_TROP_GRAND);
        assertThat(pieces.recevoir("d.pdf", flux(Arrays.copyOf(PDF, MO)))).isEmpty();
        assertThat(pieces.liste()).extracting(PiecesEnAttente.Piece::nom).containsExactly("a.pdf", "b.pdf", "d.pdf");
    }

    @Test
    void un_document_trop_grand_n_est_pas_lu_jusqu_au_bout_ni_garde() throws IOException {
        var lus = new long[1];
        var infini = new InputStream() {
            @Override
            public int read() {
                lus[0]++;
                return lus[0] <= PDF.length ? PDF[(int) lus[0] - 1] : 0;
            }
        };
        assertThat(pieces.recevoir("enorme.pdf", infini)).contains(Motif.TROP_GRANDE);
        assertThat(lus[0]).isLessThanOrEqualTo(VerificationPieceJointe.TAILLE_MAX + 16 * 1024L);
        assertThat(pieces.estVide()).isTrue();
    }

    @Test
    void envoyes_ou_page_quittee_les_fichiers_disparaissent() throws IOException {
        pieces.recevoir("a.pdf", flux(PDF));
        pieces.recevoir("b.pdf", flux(PDF));
        var fichiers = pieces.liste().stream().map(PiecesEnAttente.Piece::fichier).toList();
        pieces.vider();
        assertThat(fichiers).allSatisfy(f -> assertThat(f).doesNotExist());

        pieces.recevoir("c.pdf", flux(PDF));
        var c = pieces.liste().getFirst().fichier();
        pieces.fermer();
        assertThat(c).doesNotExist();
        // An upload that ends after the page was left is not kept.
        var avant = fichiersTemporaires();
        assertThat(pieces.recevoir("d.pdf", flux(PDF))).isPresent();
        assertThat(pieces.estVide()).isTrue();
        assertThat(fichiersTemporaires()).isEqualTo(avant);
        pieces.ouvrir();
        assertThat(pieces.recevoir("e.pdf", flux(PDF))).isEqualTo(Optional.empty());
    }

    private static InputStream flux(byte[] contenu) {
        return new ByteArrayInputStream(contenu);
    }

    private static long fichiersTemporaires() throws IOException {
        try (var fichiers = Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
            return fichiers.filter(f -> f.getFileName().toString().startsWith("portail-piece-")).count();
        }
    }
}
