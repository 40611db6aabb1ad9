package fr.portailcep.messagerie;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FilMessagesRepository extends JpaRepository<FilMessages, UUID> {

    List<FilMessages> findByBeneficiaireIdOrderByDernierMessageLeDesc(UUID beneficiaireId);

    @Query("select f from FilMessages f order by f.attenteDepuis asc nulls last, f.dernierMessageLe desc")
    List<FilMessages> tousParAttente();

    @Query("select f from FilMessages f where f.attenteDepuis is not null")
    List<FilMessages> enAttente();
}
