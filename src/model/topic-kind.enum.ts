import { registerEnumType } from 'type-graphql';
import { TopicKind } from '../domain/topic-kind.js';

registerEnumType(TopicKind, {
  name: 'TopicKind',
  description:
    'What a topic classifies: CBRN areas and categories, hazards, themes, topics of EU calls for proposals.',
});

export { TopicKind };
