package fr.portailcep.messagerie;

/** An attachment refused by its content (empty, too large, not a PDF, JPEG or PNG). */
public class PieceJointeRefusee extends RuntimeException {

    private final String nom;
    private final VerificationPieceJointe.Motif motif;

    public PieceJointeRefusee(String nom, VerificationPieceJointe.Motif motif) {
        super(motif.name() + " : " + nom);
        this.nom = nom;
        this.motif = motif;
    }

    public String nom() {
        return nom;
    }

    public VerificationPieceJointe.Motif motif() {
        return motif;
    }
}
