package fr.portailcep.messagerie;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A thread between a bénéficiaire and the operator's team (their référent when they have one). It knows since when
 * the person waits for an answer, and which messages the other side has not read.
 */
@Entity
@Table(name = "fil_messages")
public class FilMessages {

    /** Lengths of the columns {@code message.texte} and {@code fil_messages.sujet} (V404). */
    public static final int LONGUEUR_MAX = 5000;
    public static final int LONGUEUR_SUJET = 200;

    @Id
    private UUID id;

    @Column(name = "beneficiaire_id", nullable = false)
    private UUID beneficiaireId;

    @Column(nullable = false)
    private String sujet;

    @Column(name = "cree_le", nullable = false)
    private Instant creeLe;

    @Column(name = "dernier_message_le", nullable = false)
    private Instant dernierMessageLe;

    @Column(name = "attente_depuis")
    private Instant attenteDepuis;

    @OneToMany(mappedBy = "fil", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("envoyeLe")
    private List<Message> messages = new ArrayList<>();

    @Version
    private Long version;

    protected FilMessages() {
    }

    FilMessages(UUID beneficiaireId, String sujet, Instant maintenant) {
        this.id = UUID.randomUUID();
        this.beneficiaireId = beneficiaireId;
        this.sujet = sujet;
        this.creeLe = maintenant;
        this.dernierMessageLe = maintenant;
    }

    /**
     * Adds a message. The person's first unanswered message starts their wait; an answer of the team ends it.
     *
     * @return whether the other side had nothing unread before (then, and only then, they are told by courriel)
     */
    boolean ecrire(Message message) {
        var premierNonLu = messages.stream().noneMatch(m -> m.aLirePar(!message.deBeneficiaire()));
        messages.add(message);
        dernierMessageLe = message.envoyeLe();
        if (message.deBeneficiaire()) {
            if (attenteDepuis == null) {
                attenteDepuis = message.envoyeLe();
            }
        } else {
            attenteDepuis = null;
        }
        return premierNonLu;
    }

    /** The reader's side opened the thread: the other side's messages are read. */
    int lirePar(boolean beneficiaire, Instant maintenant) {
        var lus = 0;
        for (var m : messages) {
            if (m.aLirePar(beneficiaire)) {
                m.lire(maintenant);
                lus++;
            }
        }
        return lus;
    }

    public long nonLusPour(boolean beneficiaire) {
        return messages.stream().filter(m -> m.aLirePar(beneficiaire)).count();
    }

    public UUID id() {
        return id;
    }

    public UUID beneficiaireId() {
        return beneficiaireId;
    }

    public String sujet() {
        return sujet;
    }

    public Instant creeLe() {
        return creeLe;
    }

    public Instant dernierMessageLe() {
        return dernierMessageLe;
    }

    /** Since when the person waits for an answer, if they do. */
    public Optional<Instant> attenteDepuis() {
        return Optional.ofNullable(attenteDepuis);
    }

    public List<Message> messages() {
        return List.copyOf(messages);
    }
}
