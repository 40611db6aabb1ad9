package fr.portailcep.messagerie;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One message of a thread, written by the person or by a member of the team, read or not by the other side. */
@Entity
@Table(name = "message")
public class Message {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fil_id")
    private FilMessages fil;

    @Column(name = "auteur_id", nullable = false)
    private UUID auteurId;

    @Column(name = "de_beneficiaire", nullable = false)
    private boolean deBeneficiaire;

    @Column(nullable = false)
    private String texte;

    @Column(name = "envoye_le", nullable = false)
    private Instant envoyeLe;

    @Column(name = "lu_le")
    private Instant luLe;

    protected Message() {
    }

    Message(FilMessages fil, UUID auteurId, boolean deBeneficiaire, String texte, Instant envoyeLe) {
        this.id = UUID.randomUUID();
        this.fil = fil;
        this.auteurId = auteurId;
        this.deBeneficiaire = deBeneficiaire;
        this.texte = texte;
        this.envoyeLe = envoyeLe;
    }

    /**
     * Whether a message with this text and these attachments may be sent: some text or an attachment,
     * {@link VerificationPieceJointe#NOMBRE_MAX} attachments and {@link VerificationPieceJointe#TAILLE_TOTALE_MAX}
     * bytes in all at most. The content of each attachment is checked apart ({@link VerificationPieceJointe}).
     *
     * @throws MessageRefuse with the field and the key of the French text that says why
     */
    static void exigerEnvoyable(String texte, int nombrePieces, long taillePieces) {
        if ((texte == null || texte.isBlank()) && nombrePieces == 0) {
            throw new MessageRefuse("texte", "messagerie.refus.vide");
        }
        if (nombrePieces > VerificationPieceJointe.NOMBRE_MAX) {
            throw new MessageRefuse(PieceJointeRefusee.CHAMP, "messagerie.refus.nombre");
        }
        if (taillePieces > VerificationPieceJointe.TAILLE_TOTALE_MAX) {
            throw new MessageRefuse(PieceJointeRefusee.CHAMP, "messagerie.refus.total");
        }
    }

    /** Whether the reader on this side ({@code beneficiaire} or the team) has this message to read. */
    public boolean aLirePar(boolean beneficiaire) {
        return deBeneficiaire != beneficiaire && luLe == null;
    }

    /** Whether the reader on this side wrote it (then the view says whether the other side read it). */
    public boolean ecritPar(boolean beneficiaire) {
        return deBeneficiaire == beneficiaire;
    }

    void lire(Instant quand) {
        if (luLe == null) {
            luLe = quand;
        }
    }

    public UUID id() {
        return id;
    }

    public UUID auteurId() {
        return auteurId;
    }

    public boolean deBeneficiaire() {
        return deBeneficiaire;
    }

    public String texte() {
        return texte;
    }

    public Instant envoyeLe() {
        return envoyeLe;
    }

    public Optional<Instant> luLe() {
        return Optional.ofNullable(luLe);
    }

    public boolean lu() {
        return luLe != null;
    }
}
