package fr.portailcep.parcours;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganismeRepository extends JpaRepository<Organisme, UUID> {

    @Query("select o from Organisme o join o.prestations p where o.actif and p = :prestation order by o.nom")
    List<Organisme> delivrant(String prestation);
}
