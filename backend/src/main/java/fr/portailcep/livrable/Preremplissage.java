package fr.portailcep.livrable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.portailcep.parcours.ActionPlan;
import fr.portailcep.parcours.DonneesProfil;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.NatureAction;
import fr.portailcep.parcours.Organisme;
import fr.portailcep.parcours.PlanActions;
import fr.portailcep.parcours.PlanActionsService;
import fr.portailcep.parcours.ProfilService;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.StatutAction;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.parcours.UnitesALivrable.UniteEnCours;
import fr.portailcep.parcours.VueInteraction;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Textes;

/**
 * The first draft of a livrable, from what the portal knows (CCTP §2.1.2, §2.1.3): the person's profile and
 * situation, the interactions of the unit (information exchanged), the plan d'actions with its funding and, for
 * each complementary service of the plan, every organisation of the region that delivers it and the one chosen.
 * Read through the parcours' own read models, as the conseiller signed in (their access is checked and journaled
 * there). The conseiller then corrects and completes it.
 */
@Component
class Preremplissage {

    private final DossiersEquipe dossiers;
    private final ProfilService profils;
    private final PlanActionsService plans;
    private final Referentiels referentiels;
    private final Textes textes;
    private final Clock horloge;

    Preremplissage(DossiersEquipe dossiers, ProfilService profils, PlanActionsService plans,
            Referentiels referentiels, Textes textes, Clock horloge) {
        this.dossiers = dossiers;
        this.profils = profils;
        this.plans = plans;
        this.referentiels = referentiels;
        this.textes = textes;
        this.horloge = horloge;
    }

    ContenuLivrable contenu(TypeLivrable type, UUID beneficiaireId, UniteEnCours unite, String personne,
            String conseiller) {
        var numero = unite.numero().affiche();
        var aujourdhui = LocalDate.now(horloge);
        var plan = plans.planDe(beneficiaireId);
        return switch (type) {
            case ETAT_DES_LIEUX -> {
                var interactions = interactions(beneficiaireId, unite.uo());
                var entretien = interactions.stream().map(VueInteraction::le).min(Comparator.naturalOrder())
                        .orElse(unite.engageeLe());
                yield new EtatDesLieux(numero, personne, conseiller, entretien, situation(beneficiaireId),
                        informations(interactions), EtatDesLieux.Decision.POURSUIVRE, plan.actions().stream()
                                .filter(a -> a.statut().active())
                                .map(a -> new EtatDesLieux.Etape(a.intitule(), a.echeance().orElse(null))).toList());
            }
            case PROJET_PROFESSIONNEL -> new ProjetProfessionnel(numero, personne, conseiller, aujourdhui,
                    plan.objectifs().stream().map(b -> b.objectif().intitule()).toList(), competences(beneficiaireId),
                    List.of(), informations(interactions(beneficiaireId, unite.uo())), actions(plan),
                    services(plan), false);
            case SOUHAIT_DE_CLORE -> new SouhaitDeClore(numero, personne, conseiller, aujourdhui,
                    List.of(textes.get("livrable.prerempli.souhait")),
                    plan.actions().stream().filter(a -> a.statut() == StatutAction.FAITE).map(ActionPlan::intitule)
                            .toList());
        };
    }

    private List<VueInteraction> interactions(UUID beneficiaireId, UniteOeuvre uo) {
        return dossiers.interactions(beneficiaireId).stream().filter(i -> i.uo().map(uo::equals).orElse(false))
                .sorted(Comparator.comparing(VueInteraction::le)).toList();
    }

    /** The person's situation, one sentence per thing known of their profile. */
    private List<String> situation(UUID beneficiaireId) {
        var profil = profils.profil(beneficiaireId);
        var phrases = new ArrayList<String>();
        if (profil.statutEmploi() != null) {
            phrases.add(textes.get("livrable.prerempli.statut",
                    referentiels.libelle(Referentiel.STATUT_EMPLOI, profil.statutEmploi())));
        }
        if (profil.libelleProfession() != null) {
            phrases.add(textes.get("livrable.prerempli.profession", profil.libelleProfession()));
        }
        if (profil.libelleSecteur() != null) {
            phrases.add(textes.get("livrable.prerempli.secteur", profil.libelleSecteur()));
        }
        if (profil.niveauFormation() != null) {
            phrases.add(textes.get("livrable.prerempli.formation",
                    referentiels.libelle(Referentiel.NIVEAU_FORMATION, profil.niveauFormation())));
        }
        if (profil.adresseCommune() != null) {
            phrases.add(textes.get("livrable.prerempli.commune", profil.adresseCommune()));
        }
        return phrases;
    }

    private List<String> competences(UUID beneficiaireId) {
        DonneesProfil profil = profils.profil(beneficiaireId);
        var lignes = new ArrayList<String>();
        if (profil.libelleProfession() != null) {
            lignes.add(textes.get("livrable.prerempli.profession", profil.libelleProfession()));
        }
        if (profil.niveauFormation() != null) {
            lignes.add(textes.get("livrable.prerempli.formation",
                    referentiels.libelle(Referentiel.NIVEAU_FORMATION, profil.niveauFormation())));
        }
        return lignes;
    }

    /** Each interaction of the unit: its day, how, what was offered, and the conseiller's note. */
    private List<String> informations(List<VueInteraction> interactions) {
        return interactions.stream().map(i -> {
            var services = i.typesService().stream().sorted()
                    .map(t -> referentiels.libelle(Referentiel.TYPE_SERVICE, t)).toList();
            var ligne = textes.get("livrable.prerempli.interaction", Formats.francais().dateLongue(i.le()),
                    referentiels.libelle(Referentiel.MODE_CONTACT, i.modeContact()),
                    services.isEmpty() ? "–" : String.join(", ", services));
            return i.note().map(n -> ligne + " " + n).orElse(ligne);
        }).toList();
    }

    private List<ProjetProfessionnel.ActionPrevue> actions(PlanActions plan) {
        return plan.actions().stream().filter(a -> a.statut().active() || a.statut() == StatutAction.FAITE)
                .map(a -> new ProjetProfessionnel.ActionPrevue(a.intitule(), a.echeance().orElse(null),
                        a.financementCode().map(c -> referentiels.libelle(Referentiel.FINANCEMENT_FORMATION, c))
                                .orElse(null)))
                .toList();
    }

    /** For each complementary service of the plan: every organisation of the region delivering it, the one chosen. */
    private List<ProjetProfessionnel.ServiceVoulu> services(PlanActions plan) {
        return plan.actions().stream()
                .filter(a -> a.nature() == NatureAction.PRESTATION_COMPLEMENTAIRE && a.typeCode().isPresent())
                .filter(a -> a.statut() != StatutAction.ANNULEE && a.statut() != StatutAction.ABANDONNEE)
                .map(a -> new ProjetProfessionnel.ServiceVoulu(
                        referentiels.libelle(Referentiel.PRESTATION_COMPLEMENTAIRE, a.typeCode().get()),
                        plans.organismesPour(a.id()).stream().map(Preremplissage::nom).toList(),
                        a.organismeId().flatMap(plans::organisme).map(Preremplissage::nom).orElse(null)))
                .filter(Objects::nonNull).toList();
    }

    private static String nom(Organisme organisme) {
        return organisme.nom() + " (" + organisme.commune() + ")";
    }
}
