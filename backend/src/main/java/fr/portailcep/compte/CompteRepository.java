package fr.portailcep.compte;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompteRepository extends JpaRepository<Compte, UUID> {

    Optional<Compte> findByEmail(String email);

    List<Compte> findByRoleOrderByNomAscPrenomAsc(Role role);
}
