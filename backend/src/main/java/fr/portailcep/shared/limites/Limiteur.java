package fr.portailcep.shared.limites;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Says whether an anonymous action may go on, and when to try again if not. The buckets (Bucket4j) live where
 * {@link Seaux} keeps them: a PostgreSQL table shared by the instances in the application, a map in unit tests.
 * Their time is the application's {@link Clock}.
 * <p>
 * An action is accepted only if every bucket that concerns it (its email address, its network address, all
 * networks) has a token; a refused action takes none, so that a person who waits is not punished for having
 * tried. Keys are SHA-256 digests: the table never holds an email or a network address.
 */
public class Limiteur {

    private static final Logger LOG = LoggerFactory.getLogger(Limiteur.class);

    /** Where the buckets are kept. */
    @FunctionalInterface
    public interface Seaux {

        Bucket seau(String cle, BucketConfiguration configuration);
    }

    private final LimitesDebit limites;
    private final Seaux seaux;
    private final Clock horloge;
    private final Set<String> exemptes;

    public Limiteur(LimitesDebit limites, Seaux seaux, Clock horloge) {
        this.limites = limites;
        this.seaux = seaux;
        this.horloge = horloge;
        this.exemptes = limites.reseauxExemptes().stream().map(Limiteur::reseau).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    public LimitesDebit limites() {
        return limites;
    }

    /**
     * Takes one token for this action in each of its buckets, or none.
     *
     * @param adresse the email address typed, or null when the action has none
     * @param adresseReseau the network address of the request, or null when unknown (no per-network limit then)
     * @return empty if the action may go on; otherwise the instant from which it will be accepted
     */
    public Optional<Instant> consommer(ActionLimitee action, String adresse, String adresseReseau) {
        return consommer(List.of(action), adresse, adresseReseau);
    }

    /** The same for an attempt that is several actions at once (a sign-up sends a code): all of them, or none. */
    public Optional<Instant> consommer(List<ActionLimitee> actions, String adresse, String adresseReseau) {
        var concernes = new ArrayList<SeauConcerne>();
        actions.forEach(action -> concernes.addAll(seauxDe(action, adresse, adresseReseau)));
        var attente = 0L;
        for (var s : concernes) {
            var estimation = s.seau().estimateAbilityToConsume(1);
            if (!estimation.canBeConsumed()) {
                attente = Math.max(attente, estimation.getNanosToWaitForRefill());
                LOG.info("Limite atteinte : {}", s.description());
            }
        }
        if (attente == 0) {
            for (var s : concernes) {
                // Another request may have taken the last token since the estimate: then this one is refused too.
                var consommation = s.seau().tryConsumeAndReturnRemaining(1);
                if (!consommation.isConsumed()) {
                    attente = Math.max(attente, Math.max(consommation.getNanosToWaitForRefill(), 1));
                }
            }
        }
        if (attente == 0) {
            return Optional.empty();
        }
        // Rounded up to the second: "try again at 10h05" must not be a minute too early.
        var reessai = horloge.instant().plusNanos(attente);
        return Optional.of(reessai.getNano() == 0 ? reessai
                : reessai.plusSeconds(1).minusNanos(reessai.getNano()));
    }

    private record SeauConcerne(String description, Bucket seau) {
    }

    private List<SeauConcerne> seauxDe(ActionLimitee action, String adresse, String adresseReseau) {
        var regle = limites.regle(action);
        var concernes = new ArrayList<SeauConcerne>();
        if (adresse != null && !adresse.isBlank()) {
            regle.adresse().ifPresent(d -> concernes.add(seau(action, "adresse", d,
                    adresse.strip().toLowerCase(Locale.ROOT))));
        }
        reseau(adresseReseau).filter(r -> !exemptes.contains(r))
                .ifPresent(r -> regle.reseau().ifPresent(d -> concernes.add(seau(action, "reseau", d, r))));
        regle.global().ifPresent(d -> concernes.add(seau(action, "tous", d, "*")));
        return concernes;
    }

    private SeauConcerne seau(ActionLimitee action, String dimension, Debit debit, String valeur) {
        // The figures are part of the key: a changed setting starts fresh buckets instead of reusing old ones.
        var cle = empreinte(action + "|" + dimension + "|" + debit.nombre() + "/" + debit.periode() + "|" + valeur);
        return new SeauConcerne(action + " par " + dimension, seaux.seau(cle, configuration(debit)));
    }

    /** One bandwidth: {@code nombre} tokens, refilled evenly over the period. */
    static BucketConfiguration configuration(Debit debit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(debit.nombre()).refillGreedy(debit.nombre(), debit.periode())
                        .build())
                .build();
    }

    /**
     * The network a request comes from: an IPv4 address as is, an IPv6 address by its /64 prefix (one
     * subscriber's whole network, since a person gets 2^64 addresses). Empty when there is no parseable address.
     */
    static Optional<String> reseau(String adresseReseau) {
        if (adresseReseau == null || adresseReseau.isBlank()) {
            return Optional.empty();
        }
        InetAddress adresse;
        try {
            // A literal only: ofLiteral never asks the DNS.
            adresse = InetAddress.ofLiteral(adresseReseau.strip());
        } catch (IllegalArgumentException e) {
            return Optional.of(adresseReseau.strip().toLowerCase(Locale.ROOT));
        }
        var octets = adresse.getAddress();
        if (octets.length == 16) {
            return Optional.of(HexFormat.of().formatHex(octets, 0, 8) + "::/64");
        }
        return Optional.of(adresse.getHostAddress());
    }

    static String empreinte(String texte) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(texte.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
