// The care periods' writes for screens: periods, goals and goal ratings (docs/architecture.md: Writes: commands).
import {
  addGoal,
  countGoalRatings,
  createCarePeriod,
  removeGoal,
  restoreGoal,
  saveGoalRating,
  setCarePeriodChild,
  setCarePeriodDates,
  setCarePeriodUnit,
  setGoalText,
} from '../repositories/carePeriodRepository';
import { undoable, useCommands } from './commands';

export { CarePeriodExistsError, CarePeriodRefusedError, type RatingTarget } from '../repositories/carePeriodRepository';

const carePeriodCommands = {
  createCarePeriod,
  setCarePeriodChild,
  setCarePeriodDates,
  setCarePeriodUnit,
  addGoal,
  setGoalText,
  countGoalRatings,
  removeGoal: undoable(removeGoal, restoreGoal),
  saveGoalRating,
};

export const useCarePeriodCommands = () => useCommands(carePeriodCommands);

/** Reads the meeting's capture tools load for the room's screen (meetings/tools/). */
export { listFamilyGoalRatings, readCarePeriodOn } from '../repositories/carePeriodRepository';
