package fr.portailcep.rendezvous;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.echeance.CalendrierJoursOuvres;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.operateur.RegleEquipe;
import fr.portailcep.operateur.Site;

/**
 * The offer: each conseiller's weekly opening hours at their sites, their absences, the closures of sites, and,
 * for managers, whether the offer meets the extended-hours rule of §3.3 week by week. A conseiller edits their own
 * hours; a manager edits anyone's.
 */
@Service
public class OffreService {

    private final PlageOuvertureRepository plages;
    private final FermetureRepository fermetures;
    private final RendezVousRepository rendezVous;
    private final OperateurService operateurs;
    private final CompteService comptes;
    private final PolitiqueAcces politique;
    private final JournalAudit journal;
    private final Clock horloge;

    OffreService(PlageOuvertureRepository plages, FermetureRepository fermetures, RendezVousRepository rendezVous,
            OperateurService operateurs, CompteService comptes, PolitiqueAcces politique, JournalAudit journal,
            Clock horloge) {
        this.politique = politique;
        this.journal = journal;
        this.plages = plages;
        this.fermetures = fermetures;
        this.rendezVous = rendezVous;
        this.operateurs = operateurs;
        this.comptes = comptes;
        this.horloge = horloge;
    }

    /** The opening hours of a conseiller in force today or later, by day and time. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<PlageOuverture> plagesDe(UUID conseillerId) {
        verifierAcces(conseillerId);
        var aujourdhui = LocalDate.now(horloge);
        return plages.findByConseillerIdOrderByJourAscDebutAsc(conseillerId).stream()
                .filter(p -> p.valideAu().map(au -> !au.isBefore(aujourdhui)).orElse(true)).toList();
    }

    /** The sites where a conseiller works (where they may open hours). */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Site> sitesDe(UUID conseillerId) {
        verifierAcces(conseillerId);
        return operateurs.sitesDe(conseillerId);
    }

    /** A new weekly opening, from today on. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional
    public PlageOuverture ajouterPlage(UUID conseillerId, UUID siteId, DayOfWeek jour, LocalTime debut, LocalTime fin,
            Set<Modalite> modalites, int dureeMinutes) {
        var moi = verifierAcces(conseillerId);
        // A manager opens hours for a conseiller of their team at one of their own sites.
        if (siteId == null || operateurs.sitesDe(conseillerId).stream()
                .noneMatch(s -> s.id().equals(siteId) && s.actif())
                || !moi.id().equals(conseillerId) && !politique.mesSites().contains(siteId)) {
            throw new OffreInvalide("site", "offre.erreur.site");
        }
        PlageOuverture.verifier(jour, debut, fin, modalites, dureeMinutes);
        var aujourdhui = LocalDate.now(horloge);
        if (plagesDe(conseillerId).stream().anyMatch(p -> p.chevauche(jour, debut, fin))) {
            throw new OffreInvalide("debut", "offre.erreur.chevauchement");
        }
        return plages.saveAndFlush(new PlageOuverture(conseillerId, siteId, jour, debut, fin, modalites, dureeMinutes,
                aujourdhui, null));
    }

    /**
     * Ends a weekly opening: from tomorrow on it offers no slot; rendez-vous already booked in it stay (the
     * conseiller moves them if needed).
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional
    public void retirerPlage(UUID plageId) {
        var plage = plages.findById(plageId).orElseThrow();
        verifierAcces(plage.conseillerId());
        var aujourdhui = LocalDate.now(horloge);
        if (!plage.valideDu().isBefore(aujourdhui)) {
            plages.delete(plage);
        } else {
            plage.terminer(aujourdhui);
        }
    }

    /** The absences of a conseiller not over yet. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<Fermeture> absencesDe(UUID conseillerId) {
        verifierAcces(conseillerId);
        return fermetures.absencesDe(conseillerId, horloge.instant());
    }

    /** An absence added, and the rendez-vous already booked during it (to move or cancel). */
    public record AbsenceAjoutee(Fermeture absence, List<RendezVous> rendezVousConcernes) {
    }

    /** An absence over whole days, {@code du} to {@code au} included (local dates of the conseiller's site). */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional
    public AbsenceAjoutee ajouterAbsence(UUID conseillerId, LocalDate du, LocalDate au, String motif) {
        verifierAcces(conseillerId);
        verifierPeriode(du, au);
        var zone = FuseauSite.de(operateurs.sitesDe(conseillerId).stream().findFirst());
        var debut = du.atStartOfDay(zone).toInstant();
        var fin = au.plusDays(1).atStartOfDay(zone).toInstant();
        var absence = fermetures.saveAndFlush(Fermeture.absence(conseillerId, debut, fin, motif, horloge.instant()));
        var concernes = rendezVous.agenda(conseillerId, debut, fin).stream()
                .filter(r -> r.statut() == StatutRendezVous.RESERVE).toList();
        return new AbsenceAjoutee(absence, concernes);
    }

    /** The closures not over yet of the sites the manager signed in works at. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<Fermeture> fermeturesDeSites() {
        var mesSites = politique.mesSites();
        return fermetures.fermeturesDeSites(horloge.instant()).stream()
                .filter(f -> f.siteId().map(mesSites::contains).orElse(false)).toList();
    }

    /** A whole site closed over whole days, {@code du} to {@code au} included. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Fermeture fermerSite(UUID siteId, LocalDate du, LocalDate au, String motif) {
        var site = operateurs.site(siteId).orElseThrow(() -> new OffreInvalide("site", "offre.erreur.site"));
        politique.exigerSite(siteId);
        verifierPeriode(du, au);
        var zone = FuseauSite.de(site);
        var fermeture = fermetures.saveAndFlush(Fermeture.fermetureSite(siteId, du.atStartOfDay(zone).toInstant(),
                au.plusDays(1).atStartOfDay(zone).toInstant(), motif, horloge.instant()));
        journal.acte(ActionAudit.SITE_FERME, null, site.nom(), "du " + du + " au " + au);
        return fermeture;
    }

    /** The rendez-vous booked at a site and still to come (they stay when the site closes or is deactivated). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public long rendezVousAVenirAuSite(UUID siteId) {
        politique.exigerSite(siteId);
        return rendezVous.reservesAuSite(siteId, horloge.instant(), Instant.parse("9999-12-31T00:00:00Z"));
    }

    /** The rendez-vous booked at a site during a closure (they stay: the conseiller moves them or warns the person). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public long rendezVousPendant(Fermeture fermeture) {
        fermeture.siteId().ifPresent(politique::exigerSite);
        return fermeture.siteId().map(site -> rendezVous.reservesAuSite(site, fermeture.debut(), fermeture.fin()))
                .orElse(0L);
    }

    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional
    public void retirerFermeture(UUID fermetureId) {
        var fermeture = fermetures.findById(fermetureId).orElseThrow();
        if (fermeture.conseillerId().isPresent()) {
            verifierAcces(fermeture.conseillerId().get());
        } else {
            var site = fermeture.siteId().orElseThrow();
            politique.exigerSite(site);
            journal.acte(ActionAudit.SITE_ROUVERT, null, operateurs.site(site).map(Site::nom).orElse(site.toString()),
                    null);
        }
        fermetures.delete(fermeture);
    }

    /**
     * The extended-hours check (§3.3) of every site, for {@code semaines} weeks from the week of {@code depuis}.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<BilanSite> controleHorairesElargis(LocalDate depuis, int semaines) {
        var lundi = depuis.with(DayOfWeek.MONDAY);
        var toutes = plages.findAll();
        var debutPeriode = lundi.minusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        var finPeriode = lundi.plusWeeks(semaines).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        var fermeturesPeriode = fermetures.entre(debutPeriode, finPeriode);
        var resultat = new ArrayList<BilanSite>();
        var mesSites = politique.mesSites();
        for (var site : operateurs.sites()) {
            if (!mesSites.contains(site.id())) {
                continue;
            }
            Territoire territoire;
            try {
                territoire = Territoire.duDepartement(site.departement());
            } catch (IllegalArgumentException e) {
                continue;
            }
            var zone = territoire.fuseauHoraire();
            var duSite = toutes.stream().filter(p -> p.siteId().equals(site.id())).toList();
            var bilans = new ArrayList<ControleHorairesElargis.Bilan>();
            for (var s = 0; s < semaines; s++) {
                var semaine = lundi.plusWeeks(s);
                var ouvertures = new HashMap<LocalDate, List<ControleHorairesElargis.Ouverture>>();
                for (var j = 0; j < 6; j++) {
                    var date = semaine.plusDays(j);
                    var pieces = new ArrayList<ControleHorairesElargis.Ouverture>();
                    for (var p : duSite) {
                        if (p.jour() == date.getDayOfWeek() && p.valideLe(date)) {
                            pieces.addAll(moins(date, p.debut(), p.fin(), zone, fermeturesPeriode.stream()
                                    .filter(f -> f.siteId().map(site.id()::equals).orElse(false)
                                            || f.conseillerId().map(p.conseillerId()::equals).orElse(false))
                                    .toList()));
                        }
                    }
                    ouvertures.put(date, pieces);
                }
                bilans.add(ControleHorairesElargis.controler(semaine, ouvertures,
                        CalendrierJoursOuvres.pour(territoire)));
            }
            resultat.add(new BilanSite(site, bilans));
        }
        return resultat;
    }

    /** The opening [debut, fin] of a date, minus the closures that cut it, as local times. */
    static List<ControleHorairesElargis.Ouverture> moins(LocalDate date, LocalTime debut, LocalTime fin, ZoneId zone,
            List<Fermeture> trous) {
        Instant a = LocalDateTime.of(date, debut).atZone(zone).toInstant();
        Instant b = LocalDateTime.of(date, fin).atZone(zone).toInstant();
        var restes = new ArrayList<Instant[]>();
        restes.add(new Instant[] {a, b});
        for (var t : trous.stream().sorted(Comparator.comparing(Fermeture::debut)).toList()) {
            var suivants = new ArrayList<Instant[]>();
            for (var r : restes) {
                if (!t.debut().isBefore(r[1]) || !t.fin().isAfter(r[0])) {
                    suivants.add(r);
                    continue;
                }
                if (t.debut().isAfter(r[0])) {
                    suivants.add(new Instant[] {r[0], t.debut()});
                }
                if (t.fin().isBefore(r[1])) {
                    suivants.add(new Instant[] {t.fin(), r[1]});
                }
            }
            restes = suivants;
        }
        return restes.stream().map(r -> new ControleHorairesElargis.Ouverture(
                r[0].atZone(zone).toLocalTime(), r[1].atZone(zone).toLocalTime())).toList();
    }

    private static void verifierPeriode(LocalDate du, LocalDate au) {
        if (du == null) {
            throw new OffreInvalide("du", "offre.erreur.du");
        }
        if (au == null || au.isBefore(du)) {
            throw new OffreInvalide("au", "offre.erreur.au");
        }
    }

    /** The conseiller themself, or a manager of their team (RegleEquipe); 403 otherwise, journaled. */
    private Compte verifierAcces(UUID conseillerId) {
        politique.exiger(RegleEquipe.Acte.AGENDA, conseillerId);
        return comptes.exigerCompteConnecte();
    }
}
