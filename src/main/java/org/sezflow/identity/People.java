package org.sezflow.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.sezflow.engine.SystemAuthentication;
import org.sezflow.labels.Labels;
import org.sezflow.system.Actors;
import org.springframework.stereotype.Service;

/**
 * Who an actor in the records is, as people read it: "Ayesha Khan, BOI CPEC Project Management
 * Unit" for the user id pmu, "SEZ Flow" for the application itself. Records keep the user id.
 */
@Service
public class People {

  static final int MAX_IDS = 100;

  public record Person(String id, String name, String group) {}

  private final IdentityService identity;
  private final SystemAuthentication system;

  People(IdentityService identity, SystemAuthentication system) {
    this.identity = identity;
    this.system = system;
  }

  /** Each id's person; an id that names no user (a deleted account) keeps the id as its name. */
  public Map<String, Person> find(Collection<String> ids) {
    // Names are read as the application: a manager who may not browse Camunda's users still reads
    // who decided.
    return system.read(() -> lookUp(ids));
  }

  private Map<String, Person> lookUp(Collection<String> ids) {
    Map<String, Person> people = new LinkedHashMap<>();
    List<String> userIds = ids.stream().filter(id -> !Actors.APPLICATION.equals(id)).distinct().toList();
    if (ids.contains(Actors.APPLICATION)) {
      people.put(Actors.APPLICATION, new Person(Actors.APPLICATION, "SEZ Flow", "the application itself"));
    }
    if (userIds.isEmpty()) {
      return people;
    }
    Map<String, User> users = new LinkedHashMap<>();
    identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().forEach(u -> users.put(u.getId(), u));
    for (String id : userIds) {
      User user = users.get(id);
      String name = user == null ? id : String.join(" ", nonBlank(user.getFirstName()), nonBlank(user.getLastName()))
          .strip();
      people.put(id, new Person(id, name.isEmpty() ? id : name, user == null ? null : groupOf(id)));
    }
    return people;
  }

  private String groupOf(String userId) {
    List<Group> groups = identity.createGroupQuery().groupMember(userId).list();
    return groups.stream().map(Group::getId).filter(Groups.ALL::containsKey).findFirst()
        .or(() -> groups.stream().map(Group::getId).findFirst()).map(id -> Labels.of("group", id)).orElse(null);
  }

  private static String nonBlank(String text) {
    return text == null ? "" : text.strip();
  }
}
