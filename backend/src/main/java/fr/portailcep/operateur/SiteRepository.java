package fr.portailcep.operateur;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SiteRepository extends JpaRepository<Site, UUID> {

    List<Site> findByActifTrueOrderByNom();

    List<Site> findAllByOrderByActifDescNomAsc();

    @Query(value = "select s.* from site s join membre_equipe m on m.site_id = s.id where m.compte_id = :compte order by s.nom",
            nativeQuery = true)
    List<Site> sitesDe(UUID compte);
}
