package fr.portailcep.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import fr.portailcep.aiguillage.AiguillageService;
import fr.portailcep.aiguillage.DejaSuivi;
import fr.portailcep.aiguillage.Employeur;
import fr.portailcep.aiguillage.ModeContact;
import fr.portailcep.aiguillage.Motif;
import fr.portailcep.aiguillage.OrigineDemarche;
import fr.portailcep.aiguillage.Reponses;
import fr.portailcep.aiguillage.Situation;
import fr.portailcep.aiguillage.TrancheAge;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.echeance.CalendrierJoursOuvres;
import fr.portailcep.echeance.CanalDemande;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Territoire;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.operateur.Site;
import fr.portailcep.rendezvous.ChoixCreneau;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.FiltreCreneaux;
import fr.portailcep.rendezvous.Identite;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.ReprisesRendezVous;
import fr.portailcep.rendezvous.ReservationService;
import fr.portailcep.rendezvous.StatutRendezVous;

/**
 * Rendez-vous and deadlines of the demo, relative to the day it is loaded: the opening hours of the three conseillers
 * (Strasbourg meets the extended-hours rule this week, not next week when Julien Weber is away; Reims meets it), a
 * first rendez-vous booked by Camille Martin, Léa Nguyen waiting to be called back, Thomas Petit's request overdue
 * after a missed rendez-vous, Yasmine Diallo's at J-3 with a rendez-vous planned too late, Julien's rendez-vous of
 * the day, and past requests (people outside the sign-in list) so that indicator 8.4 has figures.
 */
@Component
@Profile("demo")
class RendezVousDemo implements JeuDeDonneesDemo {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<Modalite> TOUTES = Set.of(Modalite.SUR_SITE, Modalite.TELEPHONE, Modalite.VISIO);
    private static final Set<Modalite> SUR_SITE_OU_TELEPHONE = Set.of(Modalite.SUR_SITE, Modalite.TELEPHONE);
    private static final String RESUME = "Changer de métier · Salarié du privé, non cadre · 26 à 49 ans · Domicile 67000";

    private final OperateurService operateurs;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final ReprisesRendezVous reprises;
    private final ReservationService reservations;
    private final CreneauxService creneaux;
    private final EcheancesService echeances;
    private final AiguillageService aiguillages;
    private final Clock horloge;

    RendezVousDemo(OperateurService operateurs, CompteService comptes, BeneficiaireService beneficiaires,
            ReprisesRendezVous reprises, ReservationService reservations, CreneauxService creneaux,
            EcheancesService echeances, AiguillageService aiguillages, Clock horloge) {
        this.aiguillages = aiguillages;
        this.operateurs = operateurs;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.reprises = reprises;
        this.reservations = reservations;
        this.creneaux = creneaux;
        this.echeances = echeances;
        this.horloge = horloge;
    }

    @Override
    public String nom() {
        return "rendez-vous";
    }

    @Override
    public int ordre() {
        return 10;
    }

    @Override
    public void charger() {
        var strasbourg = site("Strasbourg");
        var reims = site("Reims");
        var julien = compte("julien.weber");
        var amina = compte("amina.keita");
        var sophie = compte("sophie.lambert");
        var aujourdhui = LocalDate.now(horloge.withZone(PARIS));
        var depuis = aujourdhui.minusWeeks(26);

        // Julien, Strasbourg: le mardi jusqu'à 19h30 et le jeudi dès 8h (horaires élargis).
        for (var jour : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            plage(julien, strasbourg, jour, "09:00", "12:00", TOUTES, depuis);
        }
        plage(julien, strasbourg, DayOfWeek.THURSDAY, "08:00", "12:00", TOUTES, depuis);
        for (var jour : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            plage(julien, strasbourg, jour, "13:30", "17:00", SUR_SITE_OU_TELEPHONE, depuis);
        }
        plage(julien, strasbourg, DayOfWeek.TUESDAY, "13:30", "19:30", TOUTES, depuis);
        // Amina, Strasbourg : le mercredi midi, par téléphone ou en vidéo.
        for (var jour : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)) {
            plage(amina, strasbourg, jour, "09:00", "12:00", SUR_SITE_OU_TELEPHONE, depuis);
            plage(amina, strasbourg, jour, "14:00", "17:00", SUR_SITE_OU_TELEPHONE, depuis);
        }
        plage(amina, strasbourg, DayOfWeek.WEDNESDAY, "12:00", "14:00", Set.of(Modalite.TELEPHONE, Modalite.VISIO),
                depuis);
        // Sophie, Reims : le mercredi soir et le vendredi dès 8h.
        for (var jour : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            plage(sophie, reims, jour, "09:00", "12:00", TOUTES, depuis);
            plage(sophie, reims, jour, "14:00", "17:00", TOUTES, depuis);
        }
        plage(sophie, reims, DayOfWeek.WEDNESDAY, "17:00", "19:30", SUR_SITE_OU_TELEPHONE, depuis);
        plage(sophie, reims, DayOfWeek.FRIDAY, "08:00", "12:00", Set.of(Modalite.SUR_SITE), depuis);

        // Julien en formation du mardi au jeudi de la semaine prochaine : Strasbourg n'a plus qu'un jour élargi.
        var lundiProchain = aujourdhui.with(DayOfWeek.MONDAY).plusWeeks(1);
        reprises.absence(julien, lundiProchain.plusDays(1).atStartOfDay(PARIS).toInstant(),
                lundiProchain.plusDays(4).atStartOfDay(PARIS).toInstant(), "Formation", horloge.instant());

        var maintenant = horloge.instant();
        var alsace = CalendrierJoursOuvres.pour(Territoire.ALSACE_MOSELLE);
        var metropole = CalendrierJoursOuvres.pour(Territoire.METROPOLE);

        // Julien, aujourd'hui (ou le prochain jour ouvré) : deux rendez-vous repris de l'ancien outil.
        var jourJulien = alsace.estOuvre(aujourdhui) ? aujourdhui : alsace.ajouterJoursOuvres(aujourdhui, 1);
        var hugo = historique("hugo.bernard", "Hugo", "Bernard");
        var demandeHugo = echeances.ouvrirOuRetrouver(hugo, Territoire.ALSACE_MOSELLE,
                maintenant.minus(Duration.ofDays(6)), CanalDemande.TELEPHONE, null, null);
        reprises.rendezVous(julien, strasbourg.id(), hugo, demandeHugo.id(), Modalite.SUR_SITE,
                a(jourJulien, "09:00"), a(jourJulien, "10:00"), StatutRendezVous.RESERVE,
                "Évoluer dans son métier · Salarié du privé, non cadre · 26 à 49 ans · Domicile 67100",
                "Je voudrais devenir chef d’équipe.", maintenant.minus(Duration.ofDays(6)));
        var chloe = historique("chloe.roux", "Chloé", "Roux");
        var demandeChloe = echeances.ouvrirOuRetrouver(chloe, Territoire.ALSACE_MOSELLE,
                maintenant.minus(Duration.ofDays(9)), CanalDemande.EN_LIGNE, null, null);
        reprises.rendezVous(julien, strasbourg.id(), chloe, demandeChloe.id(), Modalite.TELEPHONE,
                a(jourJulien, "14:00"), a(jourJulien, "15:00"), StatutRendezVous.RESERVE,
                "Se former · Salariée du privé, non cadre · moins de 26 ans · Domicile 67000",
                "Quelle formation pour devenir infirmière ?", maintenant.minus(Duration.ofDays(9)));

        // Camille Martin : son premier rendez-vous, réservé en ligne il y a deux jours, sur place à Strasbourg.
        var camille = personne("camille.martin");
        var contexteCamille = new ContexteDemande(null, null, Territoire.ALSACE_MOSELLE,
                maintenant.minus(Duration.ofDays(2)), CanalDemande.EN_LIGNE, RESUME);
        creneaux.proposes(new FiltreCreneaux(Modalite.SUR_SITE, strasbourg.id()), 30).stream()
                .filter(c -> c.debut().isAfter(maintenant.plus(Duration.ofDays(3)))).findFirst()
                .ifPresent(c -> reservations.reserver(contexteCamille, ChoixCreneau.de(c, Modalite.SUR_SITE),
                        identite(camille, "Camille", "Martin", null),
                        "Je travaille dans la logistique depuis dix ans et je voudrais changer de métier.",
                        OrigineRequete.INCONNUE));

        // Léa Nguyen : aucun créneau ne lui convenait, elle attend d'être rappelée. Elle habite à Strasbourg : avant
        // un premier rendez-vous, c'est l'équipe de Strasbourg qui la voit (les sites de son département).
        var lea = personne("lea.nguyen");
        var aiguillageLea = aiguillages.enregistrer(new Reponses(Situation.SALARIE, Employeur.PRIVE, false,
                DejaSuivi.NON, false, TrancheAge.DE_26_A_49, "67000", null, Motif.SE_FORMER,
                OrigineDemarche.INDIVIDUELLE), ModeContact.EN_LIGNE, null).aiguillage();
        reservations.demanderRappel(new ContexteDemande(aiguillageLea.id(), aiguillageLea.numeroDossier(),
                Territoire.ALSACE_MOSELLE, maintenant.minus(Duration.ofDays(4)), CanalDemande.EN_LIGNE,
                "Se former · Salariée du privé, non cadre · 26 à 49 ans · Domicile 67000"),
                identite(lea, "Léa", "Nguyen", "06 12 34 56 78"), "Le matin avant 9h ou après 18h",
                OrigineRequete.INCONNUE);

        // Thomas Petit : demande il y a 34 jours ouvrés, absent à son rendez-vous : en retard.
        var thomas = personne("thomas.petit");
        var demandeThomas = echeances.ouvrirOuRetrouver(thomas, Territoire.ALSACE_MOSELLE,
                jourOuvreAvant(alsace, aujourdhui, 34).atTime(10, 15).atZone(PARIS).toInstant(), CanalDemande.TELEPHONE,
                null, null);
        var jourAbsence = jourOuvreAvant(alsace, aujourdhui, 20);
        reprises.rendezVous(amina, strasbourg.id(), thomas, demandeThomas.id(), Modalite.SUR_SITE,
                a(jourAbsence, "10:00"), a(jourAbsence, "11:00"), StatutRendezVous.ABSENT,
                "Faire le point · Salarié du privé · 50 ans ou plus · Domicile 67200", null,
                demandeThomas.demandeeLe());

        // Yasmine Diallo : plus que trois jours ouvrés, et son rendez-vous est prévu après l'échéance.
        var yasmine = personne("yasmine.diallo");
        var demandeYasmine = echeances.ouvrirOuRetrouver(yasmine, Territoire.METROPOLE,
                demandePourEcheance(metropole, metropole.ajouterJoursOuvres(aujourdhui, 3)).atTime(14, 40)
                        .atZone(PARIS).toInstant(),
                CanalDemande.EN_LIGNE, null, null);
        var jourYasmine = metropole.ajouterJoursOuvres(aujourdhui, 6);
        while (jourYasmine.getDayOfWeek() == DayOfWeek.FRIDAY) {
            jourYasmine = metropole.ajouterJoursOuvres(jourYasmine, 1);
        }
        reprises.rendezVous(sophie, reims.id(), yasmine, demandeYasmine.id(), Modalite.TELEPHONE,
                a(jourYasmine, "15:00"), a(jourYasmine, "16:00"), StatutRendezVous.RESERVE,
                "Créer une entreprise · Indépendante · 26 à 49 ans · Domicile 51100", null, demandeYasmine.demandeeLe());

        // Le semestre écoulé : des premiers échanges tenus, à des délais variés (indicateur 8.4).
        var passes = List.of(
                new Passe("ines.moreau", "Inès", "Moreau", 95, 6),
                new Passe("karim.haddad", "Karim", "Haddad", 88, 12),
                new Passe("julie.leroy", "Julie", "Leroy", 80, 3),
                new Passe("paul.muller", "Paul", "Muller", 74, 21),
                new Passe("sarah.schmitt", "Sarah", "Schmitt", 66, 33),
                new Passe("nicolas.klein", "Nicolas", "Klein", 60, 9),
                new Passe("emma.fischer", "Emma", "Fischer", 52, 15),
                new Passe("lucas.meyer", "Lucas", "Meyer", 45, 28));
        var conseillers = List.of(julien, amina);
        var i = 0;
        for (var p : passes) {
            var personne = historique(p.identifiant(), p.prenom(), p.nom());
            var jourDemande = jourOuvreAvant(alsace, aujourdhui, p.ilYAJoursOuvres());
            var demande = echeances.ouvrirOuRetrouver(personne, Territoire.ALSACE_MOSELLE,
                    jourDemande.atTime(11, 0).atZone(PARIS).toInstant(), CanalDemande.EN_LIGNE, null, null);
            var jourEchange = alsace.ajouterJoursOuvres(jourDemande, p.delaiJoursOuvres());
            reprises.rendezVous(conseillers.get(i++ % 2), strasbourg.id(), personne, demande.id(), Modalite.SUR_SITE,
                    a(jourEchange, "11:00"), a(jourEchange, "12:00"), StatutRendezVous.HONORE,
                    "Faire le point · Salarié du privé · Domicile 67000", null, demande.demandeeLe());
        }
    }

    private record Passe(String identifiant, String prenom, String nom, int ilYAJoursOuvres, int delaiJoursOuvres) {
    }

    private Site site(String commune) {
        return operateurs.sites().stream().filter(s -> commune.equals(s.commune())).findFirst().orElseThrow();
    }

    private UUID compte(String identifiant) {
        return comptes.parEmail(new AdresseCourriel(identifiant + SocleDemo.DOMAINE)).orElseThrow().id();
    }

    private UUID personne(String identifiant) {
        return beneficiaires.parCompte(compte(identifiant)).orElseThrow().id();
    }

    /** People of the past, outside the one-click sign-in list. */
    private UUID historique(String identifiant, String prenom, String nom) {
        var compte = comptes.creerOuRetrouverBeneficiaire(
                new AdresseCourriel(identifiant + "@historique.demo.portail-cep.fr"), prenom, nom);
        return beneficiaires.parCompte(compte.id()).orElseThrow().id();
    }

    private Identite identite(UUID personne, String prenom, String nom, String telephone) {
        var email = beneficiaires.parIdPourLeSysteme(personne).orElseThrow().email();
        return new Identite(prenom, nom, new AdresseCourriel(email), telephone);
    }

    private void plage(UUID conseiller, Site site, DayOfWeek jour, String debut, String fin, Set<Modalite> modalites,
            LocalDate depuis) {
        reprises.plage(conseiller, site.id(), jour, LocalTime.parse(debut), LocalTime.parse(fin), modalites, 60,
                depuis);
    }

    private static Instant a(LocalDate jour, String heure) {
        return jour.atTime(LocalTime.parse(heure)).atZone(PARIS).toInstant();
    }

    /** The working day {@code n} working days before {@code jour}. */
    private static LocalDate jourOuvreAvant(CalendrierJoursOuvres calendrier, LocalDate jour, int n) {
        var d = jour;
        var restants = n;
        while (restants > 0) {
            d = d.minusDays(1);
            if (calendrier.estOuvre(d)) {
                restants--;
            }
        }
        return d;
    }

    /** The latest day whose request falls due on {@code echeance}. */
    private static LocalDate demandePourEcheance(CalendrierJoursOuvres calendrier, LocalDate echeance) {
        var d = echeance.minusDays(1);
        while (calendrier.dateLimitePremierEchange(d).isAfter(echeance)) {
            d = d.minusDays(1);
        }
        return d;
    }
}
