package fr.portailcep.parcours;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations of the region per complementary service, kept by the operator's managers. The list must be
 * complete (CCAP 19.3.4: "une liste de tous les organismes présents dans la région"), the operator's own entities
 * included and flagged.
 */
@Service
public class OrganismesService {

    private final OrganismeRepository organismes;
    private final Referentiels referentiels;

    OrganismesService(OrganismeRepository organismes, Referentiels referentiels) {
        this.organismes = organismes;
        this.referentiels = referentiels;
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public Organisme enregistrer(Organisme organisme) {
        organisme.prestations().forEach(p -> referentiels.exigerValide(Referentiel.PRESTATION_COMPLEMENTAIRE, p));
        return organismes.saveAndFlush(organisme);
    }

    /** Every active organisation that delivers this service, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organisme> delivrant(String prestationCode) {
        if (referentiels.valeur(Referentiel.PRESTATION_COMPLEMENTAIRE, prestationCode).isEmpty()) {
            return List.of();
        }
        return organismes.delivrant(prestationCode);
    }
}
