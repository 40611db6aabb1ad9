package fr.portailcep.livrable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The livrable of UO2.1, the Projet professionnel (CCTP §2.1.3): the project, the analysis against it, the information
 * shared, the plan d'actions with its funding, for each service the person wants every organisation of the region
 * that delivers it and the one chosen, and whether the person wants UO2.2.
 */
public record ProjetProfessionnel(String numeroDossier, String personne, String conseiller, LocalDate date,
        List<String> projet, List<String> competences, List<String> ecarts, List<String> informationsPartagees,
        List<ActionPrevue> plan, List<ServiceVoulu> services, boolean souhaitUo22) implements ContenuLivrable {

    public static final String GABARIT = "livrables/projet-professionnel.html";

    public ProjetProfessionnel {
        Objects.requireNonNull(numeroDossier);
        Objects.requireNonNull(personne);
        Objects.requireNonNull(conseiller);
        Objects.requireNonNull(date);
        projet = List.copyOf(projet);
        competences = List.copyOf(competences);
        ecarts = List.copyOf(ecarts);
        informationsPartagees = List.copyOf(informationsPartagees);
        plan = List.copyOf(plan);
        services = List.copyOf(services);
    }

    @Override
    public String gabarit() {
        return GABARIT;
    }

    /** An action of the plan, with its day and how it is paid for ({@code null} when not known). */
    public record ActionPrevue(String intitule, LocalDate echeance, String financement) {

        public ActionPrevue {
            Objects.requireNonNull(intitule);
        }
    }

    /**
     * A service the person wants (a training, a VAE, a bilan…), every organisation of the region that delivers it,
     * and the one the person chose ({@code null} while not chosen).
     */
    public record ServiceVoulu(String service, List<String> organismes, String choisi) {

        public ServiceVoulu {
            Objects.requireNonNull(service);
            organismes = List.copyOf(organismes);
        }
    }
}
