package fr.portailcep.reclamation.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.messagerie.VerificationPieceJointe.Motif;
import fr.portailcep.messagerie.VerificationPieceJointe;

/**
 * The documents joined to a réclamation being written, until it is filed: the same keeping as a message's
 * ({@code messagerie.ui.PiecesEnAttente}, internal to the messages' screens). Each in a temporary file of its own
 * (readable by the portal only), never in the session's memory, 5 at most and 10 Mo in all
 * ({@link VerificationPieceJointe#place}). A file is deleted when its document is removed, when the réclamation is
 * filed, and when the page is left ({@link #fermer()}).
 * <p>
 * Uploads arrive on request threads while the page's own thread shows the list: every method is synchronized.
 */
final class PiecesEnAttente {

    record Piece(String nom, Path fichier, long taille) {
    }

    private final List<Piece> pieces = new ArrayList<>();
    private boolean ferme;

    /** Why a document of this announced size cannot join the others, checked before it is even read. */
    synchronized Optional<Motif> refusAvantLecture(long tailleAnnoncee) {
        return VerificationPieceJointe.place(pieces.size(), total(), Math.max(tailleAnnoncee, 0));
    }

    /**
     * Reads an upload into a temporary file, at most one byte more than the limit, checks its content, and keeps it
     * if it fits beside the others.
     *
     * @return why it was refused, if it was (its file is then already deleted)
     */
    Optional<Motif> recevoir(String nom, InputStream entree) throws IOException {
        var fichier = Files.createTempFile("portail-piece-", ".tmp");
        try {
            var taille = 0L;
            try (var sortie = Files.newOutputStream(fichier)) {
                var tampon = new byte[16 * 1024];
                int lus;
                while ((lus = entree.read(tampon)) != -1) {
                    taille += lus;
                    if (taille > VerificationPieceJointe.TAILLE_MAX) {
                        // Not read further: a file over the limit is never stored whole.
                        break;
                    }
                    sortie.write(tampon, 0, lus);
                }
            }
            var refus = taille > VerificationPieceJointe.TAILLE_MAX ? Optional.of(Motif.TROP_GRANDE)
                    : VerificationPieceJointe.verifier(fichier);
            if (refus.isEmpty()) {
                refus = garder(new Piece(nom, fichier, taille));
            }
            if (refus.isPresent()) {
                Files.deleteIfExists(fichier);
            }
            return refus;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(fichier);
            throw e;
        }
    }

    private synchronized Optional<Motif> garder(Piece piece) {
        if (ferme) {
            // The page is gone: nobody reads the reason, the file must not stay.
            return Optional.of(Motif.TROP_NOMBREUSES);
        }
        var refus = VerificationPieceJointe.place(pieces.size(), total(), piece.taille());
        if (refus.isEmpty()) {
            pieces.add(piece);
        }
        return refus;
    }

    synchronized List<Piece> liste() {
        return List.copyOf(pieces);
    }

    synchronized boolean estVide() {
        return pieces.isEmpty();
    }

    /** The documents as the service takes them, read from their files only now, to be sent. */
    static List<FichierEnvoye> lire(List<Piece> pieces) {
        return pieces.stream().map(p -> {
            try {
                return new FichierEnvoye(p.nom(), Files.readAllBytes(p.fichier()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    synchronized void retirer(Piece piece) {
        if (pieces.remove(piece)) {
            supprimer(piece);
        }
    }

    /** Removes the documents of this name (one the service refused). */
    synchronized void retirer(String nom) {
        for (var piece : List.copyOf(pieces)) {
            if (piece.nom().equals(nom)) {
                retirer(piece);
            }
        }
    }

    /** After sending: every file goes. */
    synchronized void vider() {
        pieces.forEach(PiecesEnAttente::supprimer);
        pieces.clear();
    }

    /** The page is left: every file goes, and an upload still arriving is not kept. */
    synchronized void fermer() {
        vider();
        ferme = true;
    }

    /** The page is shown again. */
    synchronized void ouvrir() {
        ferme = false;
    }

    private long total() {
        return pieces.stream().mapToLong(Piece::taille).sum();
    }

    private static void supprimer(Piece piece) {
        try {
            Files.deleteIfExists(piece.fichier());
        } catch (IOException e) {
            // The temporary folder is cleaned by the system in the end; nothing the person can do.
        }
    }
}
