package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Copies of dossiers and actions for the tests of the read models, without a database. */
final class VuesDeTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 24);
    static final UUID PERSONNE = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID DOSSIER = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final UUID JULIEN = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final UUID AMINA = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private VuesDeTest() {
    }

    static VueDossier.Unite enCours(UniteOeuvre uo, LocalDate engageeLe, LocalDate fin, int compteur) {
        return new VueDossier.Unite(uo, numero(uo, compteur), engageeLe, Optional.ofNullable(fin), JULIEN, null, null,
                null, StatutUnite.EN_COURS, Optional.empty(), Optional.empty(), java.util.List.of());
    }

    static VueDossier.Unite close(UniteOeuvre uo, LocalDate engageeLe, LocalDate closeLe, MotifCloture motif,
            int compteur) {
        return new VueDossier.Unite(uo, numero(uo, compteur), engageeLe, Optional.empty(), JULIEN, null, null, null,
                StatutUnite.CLOSE, Optional.of(closeLe), Optional.of(motif), java.util.List.of());
    }

    static NumeroDossier numero(UniteOeuvre uo, int compteur) {
        return NumeroDossier.de("AB", YearMonth.of(2026, 1), uo, compteur);
    }

    static VueDossier.Evenement evenement(Instant quand, TypeEvenement type, UUID cible, UUID auteur,
            NumeroDossier numero) {
        return new VueDossier.Evenement(quand, type, Optional.empty(), Optional.ofNullable(numero), Optional.empty(),
                Optional.ofNullable(cible), Optional.empty(), Optional.ofNullable(auteur));
    }

    static VueDossier dossier(List<VueDossier.Unite> unites, List<VueDossier.Evenement> evenements) {
        return new VueDossier(DOSSIER, PERSONNE, StatutDossier.OUVERT, Optional.empty(), Optional.empty(),
                Optional.of(JULIEN), unites, List.of(), evenements, List.of(), false, false);
    }

    static VueAction action(String intitule, StatutAction statut, LocalDate echeance, boolean validee,
            boolean enRetard) {
        return new VueAction(UUID.nameUUIDFromBytes(intitule.getBytes()), DOSSIER, intitule, statut,
                Optional.ofNullable(echeance), validee, AUJOURDHUI.minusDays(2).atStartOfDay(PARIS).toInstant(),
                enRetard);
    }

    static Instant midi(LocalDate jour) {
        return jour.atTime(12, 0).atZone(PARIS).toInstant();
    }
}
