package fr.portailcep.compte;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.AbstractSessionEvent;
import org.springframework.security.core.session.SessionDestroyedEvent;
import org.springframework.security.core.session.SessionIdChangedEvent;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import fr.portailcep.shared.Systeme;

/**
 * Spring Security's session registry, kept in PostgreSQL so that a person sees all their open sessions (on any
 * instance of the portal) and can close one from elsewhere. Only a hash of the session id is stored.
 * <p>
 * A revoked session is refused at its next request by Spring's {@code ConcurrentSessionFilter}. So is a session
 * idle for too long or open for too long ({@link PolitiqueSessions}, read with the injected clock): it is marked
 * ended, with why, and the journal says so. Answers are cached a few seconds, since the filter asks at every request.
 * The web layer does not report Vaadin's heartbeats as activity.
 */
@Service
public class SessionsOuvertes implements SessionRegistry, ApplicationListener<AbstractSessionEvent> {

    private static final Duration CACHE = Duration.ofSeconds(3);
    private static final Duration ECRITURE_ACTIVITE = Duration.ofMinutes(1);

    private record Ligne(UUID id, String email, Instant ouverteLe, Instant derniereActivite, Instant authentifieeLe,
            boolean professionnel, boolean revoquee, String motifFin, Instant luLe) {
    }

    /** What Spring's session filter reads; once expired, it also says why ({@link #fin()}). */
    public static class Information extends SessionInformation {

        private final PolitiqueSessions.Fin fin;

        Information(String email, String sessionId, Instant derniereActivite, PolitiqueSessions.Fin fin) {
            super(email, sessionId, Date.from(derniereActivite));
            this.fin = fin;
            if (fin != null) {
                expireNow();
            }
        }

        public Optional<PolitiqueSessions.Fin> fin() {
            return Optional.ofNullable(fin);
        }
    }

    private final JdbcClient jdbc;
    private final Clock horloge;
    private final JournalConnexions journal;
    private final Map<String, Ligne> cache = new ConcurrentHashMap<>();
    private final ObjectProvider<OrigineCourante> origine;
    private final PolitiqueSessions politique;

    SessionsOuvertes(JdbcClient jdbc, Clock horloge, JournalConnexions journal, ObjectProvider<OrigineCourante> origine,
            @Value("${portail.sessions.inactivite:PT30M}") Duration inactivite,
            @Value("${portail.sessions.duree-max:PT12H}") Duration dureeMax,
            @Value("${portail.sessions.pros.inactivite:${portail.sessions.inactivite:PT30M}}") Duration inactivitePros,
            @Value("${portail.sessions.pros.duree-max:${portail.sessions.duree-max:PT12H}}") Duration dureeMaxPros,
            @Value("${portail.sessions.authentification-recente:PT10M}") Duration authentificationRecente) {
        this.politique = new PolitiqueSessions(inactivite, dureeMax, inactivitePros, dureeMaxPros,
                authentificationRecente);
        this.jdbc = jdbc;
        this.origine = origine;
        this.horloge = horloge;
        this.journal = journal;
    }

    /** Records a new session, with where it comes from. */
    @Systeme
    @Transactional
    public void ouvrir(String sessionId, String email, OrigineRequete origine) {
        var maintenant = Timestamp.from(horloge.instant());
        jdbc.sql("""
                insert into session_ouverte (id, empreinte, email, ouverte_le, derniere_activite, authentifiee_le,
                                             adresse_reseau, navigateur)
                values (:id, :empreinte, :email, :maintenant, :maintenant, :maintenant, :ip, :navigateur)
                on conflict (empreinte) do update set email = excluded.email, revoquee_le = null, fermee_le = null,
                    motif_fin = null, authentifiee_le = excluded.authentifiee_le,
                    derniere_activite = excluded.derniere_activite,
                    -- Signing in again in the same session (a confirmation) keeps its start, 12 hours at most.
                    ouverte_le = case when session_ouverte.email = excluded.email
                                      then session_ouverte.ouverte_le else excluded.ouverte_le end
                """)
                .param("id", UUID.randomUUID()).param("empreinte", empreinte(sessionId)).param("email", email)
                .param("maintenant", maintenant).param("ip", origine.adresseReseau())
                .param("navigateur", origine.navigateur() == null ? null
                        : origine.navigateur().substring(0, Math.min(300, origine.navigateur().length())))
                .update();
        cache.remove(sessionId);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SessionOuverte> mesSessions(Compte moi, String sessionCourante) {
        Soi.exiger(moi);
        var courante = sessionCourante == null ? "" : empreinte(sessionCourante);
        return jdbc.sql("""
                select id, empreinte, ouverte_le, derniere_activite, navigateur, adresse_reseau from session_ouverte
                where email = :email and revoquee_le is null and fermee_le is null
                order by derniere_activite desc
                """)
                .param("email", moi.email())
                .query((rs, i) -> new SessionOuverte(rs.getObject("id", UUID.class),
                        rs.getTimestamp("ouverte_le").toInstant(), rs.getTimestamp("derniere_activite").toInstant(),
                        rs.getString("navigateur"), rs.getString("adresse_reseau"),
                        courante.equals(rs.getString("empreinte"))))
                .list();
    }

    /** Closes one of the person's own sessions; it is signed out at its next request. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean revoquer(Compte moi, UUID session, OrigineRequete origine) {
        Soi.exiger(moi);
        var revoquees = jdbc.sql("update session_ouverte set revoquee_le = :maintenant, motif_fin = 'FERMEE' where id = :id and email = :email and revoquee_le is null")
                .param("maintenant", Timestamp.from(horloge.instant())).param("id", session).param("email", moi.email())
                .update();
        if (revoquees > 0) {
            cache.clear();
            journal.noter(moi.email(), EvenementConnexion.SESSION_REVOQUEE, null, origine, session.toString());
        }
        return revoquees > 0;
    }

    /** Closes every session of a person (account deactivated, access reset). */
    @Systeme
    @Transactional
    public int revoquerToutes(String email) {
        var revoquees = jdbc.sql("update session_ouverte set revoquee_le = :maintenant, motif_fin = 'FERMEE' where email = :email and revoquee_le is null and fermee_le is null")
                .param("maintenant", Timestamp.from(horloge.instant())).param("email", email).update();
        cache.clear();
        return revoquees;
    }

    /** The configured lifetimes of sessions (the sign-in page says them). */
    public PolitiqueSessions politique() {
        return politique;
    }

    /**
     * True when the person proved who they are in this session lately (sign-in, or a confirmation): the condition
     * to add a passkey.
     */
    public boolean authentificationRecente(String sessionId) {
        return sessionId != null && lire(sessionId)
                .filter(ligne -> !ligne.revoquee())
                .map(ligne -> politique.authentificationRecente(ligne.authentifieeLe(), horloge.instant()))
                .orElse(false);
    }

    /** The person confirmed who they are in this open session of theirs (by an emailed code). */
    void noterAuthentification(String sessionId, String email) {
        jdbc.sql("""
                update session_ouverte set authentifiee_le = :maintenant
                where empreinte = :empreinte and email = :email and revoquee_le is null and fermee_le is null
                """)
                .param("maintenant", Timestamp.from(horloge.instant())).param("empreinte", empreinte(sessionId))
                .param("email", email).update();
        cache.remove(sessionId);
    }

    // --- SessionRegistry, used by Spring Security's filters ---

    @Systeme
    @Override
    public List<Object> getAllPrincipals() {
        return List.copyOf(jdbc.sql("select distinct email from session_ouverte where fermee_le is null")
                .query(String.class).list());
    }

    @Systeme
    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        // Only used to limit the number of sessions per person, which the portal does not do.
        return List.of();
    }

    @Systeme
    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        return lire(sessionId).map(ligne -> {
            if (ligne.revoquee()) {
                return new Information(ligne.email(), sessionId, ligne.derniereActivite(), fin(ligne.motifFin()));
            }
            var fin = politique.fin(ligne.professionnel(), ligne.ouverteLe(), ligne.derniereActivite(),
                    horloge.instant());
            fin.ifPresent(motif -> terminer(sessionId, ligne, motif));
            return new Information(ligne.email(), sessionId, ligne.derniereActivite(), fin.orElse(null));
        }).orElse(null);
    }

    /** Marks the session ended by the portal; the first instance to see it writes it in the journal. */
    private void terminer(String sessionId, Ligne ligne, PolitiqueSessions.Fin motif) {
        var terminees = jdbc.sql("""
                update session_ouverte set revoquee_le = :maintenant, motif_fin = :motif
                where empreinte = :empreinte and revoquee_le is null
                """)
                .param("maintenant", Timestamp.from(horloge.instant())).param("motif", motif.name())
                .param("empreinte", empreinte(sessionId)).update();
        cache.remove(sessionId);
        if (terminees > 0) {
            var source = origine.getIfAvailable();
            journal.noter(ligne.email(), EvenementConnexion.SESSION_EXPIREE, null,
                    source == null ? OrigineRequete.INCONNUE : source.lire(), motif.name());
        }
    }

    private static PolitiqueSessions.Fin fin(String motif) {
        try {
            return motif == null ? PolitiqueSessions.Fin.FERMEE : PolitiqueSessions.Fin.valueOf(motif);
        } catch (IllegalArgumentException e) {
            return PolitiqueSessions.Fin.FERMEE;
        }
    }

    @Systeme
    @Override
    public void refreshLastRequest(String sessionId) {
        lire(sessionId).ifPresent(ligne -> {
            var maintenant = horloge.instant();
            if (ligne.derniereActivite().plus(ECRITURE_ACTIVITE).isBefore(maintenant)) {
                jdbc.sql("update session_ouverte set derniere_activite = :maintenant where empreinte = :empreinte")
                        .param("maintenant", Timestamp.from(maintenant)).param("empreinte", empreinte(sessionId))
                        .update();
                cache.remove(sessionId);
            }
        });
    }

    @Systeme
    @Override
    public void registerNewSession(String sessionId, Object principal) {
        var email = principal instanceof UserDetails u ? u.getUsername() : String.valueOf(principal);
        var source = origine.getIfAvailable();
        ouvrir(sessionId, email, source == null ? OrigineRequete.INCONNUE : source.lire());
    }

    @Systeme
    @Override
    public void removeSessionInformation(String sessionId) {
        jdbc.sql("update session_ouverte set fermee_le = :maintenant where empreinte = :empreinte and fermee_le is null")
                .param("maintenant", Timestamp.from(horloge.instant())).param("empreinte", empreinte(sessionId))
                .update();
        cache.remove(sessionId);
    }

    @Systeme
    @Override
    public void onApplicationEvent(AbstractSessionEvent evenement) {
        if (evenement instanceof SessionDestroyedEvent detruite) {
            removeSessionInformation(detruite.getId());
        } else if (evenement instanceof SessionIdChangedEvent change) {
            jdbc.sql("update session_ouverte set empreinte = :nouvelle where empreinte = :ancienne")
                    .param("nouvelle", empreinte(change.getNewSessionId()))
                    .param("ancienne", empreinte(change.getOldSessionId())).update();
            cache.remove(change.getOldSessionId());
        }
    }

    private Optional<Ligne> lire(String sessionId) {
        var maintenant = horloge.instant();
        var enCache = cache.get(sessionId);
        if (enCache != null && enCache.luLe().plus(CACHE).isAfter(maintenant) && !enCache.luLe().isAfter(maintenant)) {
            return enCache.id() == null ? Optional.empty() : Optional.of(enCache);
        }
        var ligne = jdbc.sql("""
                select s.id, s.email, s.ouverte_le, s.derniere_activite, s.authentifiee_le,
                       s.revoquee_le is not null as revoquee, s.motif_fin,
                       coalesce(c.role, 'BENEFICIAIRE') <> 'BENEFICIAIRE' as professionnel
                from session_ouverte s left join compte c on c.email = s.email
                where s.empreinte = :empreinte and s.fermee_le is null
                """)
                .param("empreinte", empreinte(sessionId))
                .query((rs, i) -> new Ligne(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getTimestamp("ouverte_le").toInstant(), rs.getTimestamp("derniere_activite").toInstant(),
                        rs.getTimestamp("authentifiee_le").toInstant(), rs.getBoolean("professionnel"),
                        rs.getBoolean("revoquee"), rs.getString("motif_fin"), maintenant))
                .optional();
        cache.put(sessionId, ligne.orElse(new Ligne(null, null, null, null, null, false, false, null, maintenant)));
        return ligne;
    }

    private static String empreinte(String sessionId) {
        return HexFormat.of().formatHex(Secrets.empreinte(sessionId));
    }
}
