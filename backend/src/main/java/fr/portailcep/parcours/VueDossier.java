package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A dossier as the views read it: a copy made inside the transaction, with no entity and no lazy collection left
 * to load after it. The names of its methods are those of {@link Dossier}, so that a view reads either the same way;
 * the aggregate's answers to "what can happen next?" ({@link Dossier#peutEtreClos()},
 * {@link Dossier#peutNommerReferent()}) are copied with it, never computed again here.
 */
public record VueDossier(UUID id, UUID beneficiaireId, StatutDossier statut, Optional<UUID> siteId,
        Optional<UUID> referentId, Optional<UUID> conseillerId, List<Unite> unites, List<Referent> referents,
        List<Evenement> evenements, List<Demande> demandes, boolean peutEtreClos, boolean peutNommerReferent) {

    public VueDossier {
        unites = List.copyOf(unites);
        referents = List.copyOf(referents);
        evenements = List.copyOf(evenements);
        demandes = List.copyOf(demandes);
    }

    public boolean ouvert() {
        return statut == StatutDossier.OUVERT;
    }

    public Optional<Unite> uniteEnCours() {
        return unites.stream().filter(Unite::enCours).findFirst();
    }

    /** The unit in progress, or else the last one. */
    public Optional<Unite> uniteCourante() {
        return uniteEnCours().or(this::derniereUnite);
    }

    public Optional<Unite> derniereUnite() {
        return unites.isEmpty() ? Optional.empty() : Optional.of(unites.getLast());
    }

    /** A unit of work engaged in the dossier. */
    public record Unite(UniteOeuvre uo, NumeroDossier numero, LocalDate engageeLe, Optional<LocalDate> finDeDelai,
            UUID conseillerId, String origine, String motif, String motifDetaille, StatutUnite statut,
            Optional<LocalDate> closeLe, Optional<MotifCloture> motifCloture, List<MotifCloture> motifsSaisissables) {

        /** The days it may be closed on (the rule of {@link UniteOeuvreEngagee#datesDeCloture}). */
        public Bornes datesDeCloture(LocalDate aujourdhui) {
            return UniteOeuvreEngagee.datesDeCloture(engageeLe, aujourdhui);
        }

        public boolean enCours() {
            return statut == StatutUnite.EN_COURS;
        }
    }

    /** A period of a référent unique; the reason is that given when the next one was named. */
    public record Referent(UUID compteId, Instant du, Optional<Instant> au, Optional<String> motif) {

        public boolean enCours() {
            return au.isEmpty();
        }
    }

    /** A request of the person that opened or reopened the dossier. */
    public record Demande(Instant recueLe, String origine) {
    }

    /** One line of the dossier's history, as codes: the view says it in words. */
    public record Evenement(Instant horodatage, TypeEvenement type, Optional<UniteOeuvre> uo,
            Optional<NumeroDossier> numero, Optional<MotifCloture> motifCloture, Optional<UUID> compteCible,
            Optional<String> texte, Optional<UUID> auteurId) {
    }

    /** Copies the aggregate, inside the transaction that loaded it. */
    static VueDossier de(Dossier d) {
        return new VueDossier(d.id(), d.beneficiaireId(), d.statut(), d.siteId(), d.referentId(), d.conseillerId(),
                unites(d),
                d.referents().stream().map(p -> new Referent(p.compteId(), p.du(), p.au(), p.motif())).toList(),
                d.evenements().stream().map(e -> new Evenement(e.horodatage(), e.type(), e.uo(), e.numero(),
                        e.motifCloture(), e.compteCible(), e.texte(), e.auteurId())).toList(),
                d.demandes().stream().map(r -> new Demande(r.recueLe(), r.origine())).toList(), d.peutEtreClos(),
                d.peutNommerReferent());
    }

    /**
     * Copies the aggregate with its units only (no référents, no history): for lists of many dossiers, such as the
     * caseload, which show the unit in progress and nothing more.
     */
    static VueDossier unitesSeules(Dossier d) {
        return new VueDossier(d.id(), d.beneficiaireId(), d.statut(), d.siteId(), d.referentId(), d.conseillerId(),
                unites(d), List.of(), List.of(), List.of(), d.peutEtreClos(), d.peutNommerReferent());
    }

    private static List<Unite> unites(Dossier d) {
        return d.unites().stream().map(u -> new Unite(u.uo(), u.numero(), u.engageeLe(), u.finDeDelai(),
                u.conseillerId(), u.origine(), u.motif(), u.motifDetaille(), u.statut(), u.closeLe(),
                u.motifCloture(), u.motifsSaisissables())).toList();
    }
}
