package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import fr.portailcep.shared.Saisies;

/**
 * One interaction of the log of a dossier (annexe 2: "Date(s) interaction(s)", "Mode(s) de contact", "Type de
 * service"), with the codes of the reference tables.
 */
@Entity
@Table(name = "interaction")
public class Interaction {

    /** The length of {@code interaction.note} (V401). */
    public static final int LONGUEUR_NOTE = 2000;

    @Id
    private UUID id;

    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;

    @Column(nullable = false)
    private LocalDate le;

    @Column(name = "mode_contact", nullable = false)
    private String modeContact;

    @Enumerated(EnumType.STRING)
    private UniteOeuvre uo;

    @Column(name = "conseiller_id", nullable = false)
    private UUID conseillerId;

    private String note;

    @Column(name = "enregistree_le", nullable = false)
    private Instant enregistreeLe;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interaction_service", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "type_service")
    private Set<String> typesService = new TreeSet<>();

    protected Interaction() {
    }

    /**
     * An interaction recorded on the day it took place: today or before, never in the future; with its contact
     * mode.
     */
    Interaction(UUID dossierId, LocalDate le, String modeContact, UniteOeuvre uo, Set<String> typesService,
            String note, UUID conseillerId, LocalDate aujourdhui, Instant maintenant) {
        if (!datesPossibles(aujourdhui).contient(le)) {
            throw OperationRefusee.surLeChamp("le", "parcours.interaction.date.future");
        }
        if (modeContact == null) {
            throw OperationRefusee.surLeChamp("modeContact", "parcours.interaction.mode.vide");
        }
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.le = le;
        this.modeContact = modeContact;
        this.uo = uo;
        this.typesService = new TreeSet<>(typesService);
        this.note = Saisies.ouNull(Saisies.texte("note", note, LONGUEUR_NOTE));
        this.conseillerId = conseillerId;
        this.enregistreeLe = maintenant;
    }

    /** The days an interaction may be recorded on: any day up to today. */
    public static Bornes datesPossibles(LocalDate aujourdhui) {
        return new Bornes(null, aujourdhui);
    }

    public UUID id() {
        return id;
    }

    public LocalDate le() {
        return le;
    }

    public String modeContact() {
        return modeContact;
    }

    public Optional<UniteOeuvre> uo() {
        return Optional.ofNullable(uo);
    }

    public Set<String> typesService() {
        return Set.copyOf(typesService);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public UUID conseillerId() {
        return conseillerId;
    }

    public Instant enregistreeLe() {
        return enregistreeLe;
    }
}
