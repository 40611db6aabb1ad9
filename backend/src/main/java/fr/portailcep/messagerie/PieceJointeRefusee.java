package fr.portailcep.messagerie;

import fr.portailcep.shared.ActeRefuse;

/**
 * An attachment refused by its content (empty, too large, not a PDF, JPEG or PNG): the text names the file and the
 * limits ({@code messagerie.piece.refusee.<motif>}), about the field of the attachments.
 */
public class PieceJointeRefusee extends ActeRefuse {

    /** The name of the attachments in the form. */
    public static final String CHAMP = "pieces";

    private final String nom;
    private final VerificationPieceJointe.Motif motif;

    public PieceJointeRefusee(String nom, VerificationPieceJointe.Motif motif) {
        super(fr.portailcep.shared.Saisies.Refus.de(cle(motif), nom, VerificationPieceJointe.TAILLE_MAX_MO,
                VerificationPieceJointe.TAILLE_TOTALE_MAX_MO), CHAMP);
        this.nom = nom;
        this.motif = motif;
    }

    /** The key of the French text that says why a file of this motif is refused. */
    public static String cle(VerificationPieceJointe.Motif motif) {
        return "messagerie.piece.refusee." + motif.name();
    }

    public String nom() {
        return nom;
    }

    public VerificationPieceJointe.Motif motif() {
        return motif;
    }
}
