package fr.portailcep.shared.limites;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every limit on the anonymous actions, in one place (deploy/README.md lists the settings, DD008 the reasons).
 * Each action is limited per email address (one person, whatever network they use), per network address (one
 * script, whatever addresses it types) and, for the aiguillage, over all networks.
 *
 * <table>
 * <tr><th>action</th><th>per email address</th><th>per network address</th><th>all networks</th></tr>
 * <tr><td>code by courriel (sign-in, sign-up)</td><td>3 per 15 minutes</td><td>30 per hour</td><td></td></tr>
 * <tr><td>sign-up</td><td>10 per day</td><td>10 per hour</td><td></td></tr>
 * <tr><td>booking</td><td>5 per hour</td><td>20 per hour</td><td></td></tr>
 * <tr><td>call-back request</td><td>3 per day</td><td>10 per hour</td><td></td></tr>
 * <tr><td>aiguillage (one UO0 number)</td><td>(no address asked)</td><td>30 per hour</td><td>30,000 per day</td></tr>
 * </table>
 * The aiguillage's daily ceiling keeps a month under the 999,999 UO0 numbers an operator may give (30,000 x 31 =
 * 930,000), whoever sends them; a real operator gives a few hundred a day.
 * <p>
 * The per-network figures can be raised by configuration: behind a proxy that does not forward the person's
 * address, or for a public place where many people share one address. Some network addresses can be exempted
 * from the per-network limits (the tests' browsers, which all come from the loopback).
 *
 * @param reseauxExemptes network addresses without per-network limits (never a proxy's)
 */
public record LimitesDebit(Map<ActionLimitee, Regle> regles, Set<String> reseauxExemptes) {

    /** The limits of one action; a null {@link Debit} means no limit on that dimension. */
    public record Regle(Debit parAdresse, Debit parReseau, Debit tousReseaux) {

        public Optional<Debit> adresse() {
            return Optional.ofNullable(parAdresse);
        }

        public Optional<Debit> reseau() {
            return Optional.ofNullable(parReseau);
        }

        public Optional<Debit> global() {
            return Optional.ofNullable(tousReseaux);
        }
    }

    public static final LimitesDebit PAR_DEFAUT = new LimitesDebit(Map.of(
            ActionLimitee.CODE_CONNEXION, new Regle(Debit.parMinutes(3, 15), Debit.parHeure(30), null),
            ActionLimitee.INSCRIPTION, new Regle(Debit.parJour(10), Debit.parHeure(10), null),
            ActionLimitee.RESERVATION, new Regle(Debit.parHeure(5), Debit.parHeure(20), null),
            ActionLimitee.RAPPEL, new Regle(Debit.parJour(3), Debit.parHeure(10), null),
            ActionLimitee.AIGUILLAGE, new Regle(null, Debit.parHeure(30), Debit.parJour(30_000)),
            ActionLimitee.VERIFICATION, new Regle(null, Debit.parHeure(60), null)), Set.of());

    public LimitesDebit {
        regles = Map.copyOf(new EnumMap<>(regles));
        reseauxExemptes = Set.copyOf(reseauxExemptes);
        for (var action : ActionLimitee.values()) {
            Objects.requireNonNull(regles.get(action), () -> "Aucune limite pour " + action);
        }
    }

    public Regle regle(ActionLimitee action) {
        return regles.get(action);
    }

    /** The same limits with another count per network address for this action (same period). */
    public LimitesDebit avecParReseau(ActionLimitee action, long nombre) {
        var regle = regle(action);
        var autre = new Regle(regle.parAdresse(), regle.reseau().orElseThrow().avecNombre(nombre), regle.tousReseaux());
        return avec(action, autre);
    }

    /** The same limits with another count over all networks for this action (same period). */
    public LimitesDebit avecTousReseaux(ActionLimitee action, long nombre) {
        var regle = regle(action);
        var autre = new Regle(regle.parAdresse(), regle.parReseau(), regle.global().orElseThrow().avecNombre(nombre));
        return avec(action, autre);
    }

    public LimitesDebit avecReseauxExemptes(Set<String> reseaux) {
        return new LimitesDebit(regles, reseaux);
    }

    private LimitesDebit avec(ActionLimitee action, Regle regle) {
        var copie = new EnumMap<>(regles);
        copie.put(action, regle);
        return new LimitesDebit(copie, reseauxExemptes);
    }
}
