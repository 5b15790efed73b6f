package nl.ketensim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.ketensim.results.Group;
import nl.ketensim.results.GroupDimension;
import org.junit.jupiter.api.Test;

class GroupMembershipTest {

    @Test
    void aPersonIsInOneGroupOfEachDimension() {
        assertEquals(List.of(Group.ALL, Group.STAY_LE_14D, Group.VROUW, Group.IN_REGIO, Group.HVB, Group.OVERGEPLAATST),
                List.of(GroupMembership.of(Group.SHORT_STAY_DAYS, true, true, true, true)));
        assertEquals(List.of(Group.ALL, Group.STAY_GT_14D, Group.MAN, Group.BUITEN_REGIO, Group.VEROORDEELD,
                        Group.NIET_OVERGEPLAATST),
                List.of(GroupMembership.of(Group.SHORT_STAY_DAYS + 0.01, false, false, false, false)));
        for (Group[] groups : List.of(GroupMembership.of(3, false, true, true, false),
                GroupMembership.of(300, true, false, false, true))) {
            assertEquals(List.of(GroupDimension.values()), List.of(groups).stream().map(Group::dimension).toList());
        }
    }
}
