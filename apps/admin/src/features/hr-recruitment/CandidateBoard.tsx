import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { candidatePath } from '../../app/paths';
import { problemMessage } from '../../shared/ui/problem-text';
import { BOARD_COLUMNS, columnOf, moveForDrop, nextStages, type BoardColumn } from './candidate-stages';
import {
  moveCandidate,
  recruitmentKeys,
  type Candidate,
  type CandidateStage,
  type MoveStage,
} from './recruitment.api';

interface CandidateBoardProps {
  hiringRequestId: string;
  candidates: readonly Candidate[];
  /** Whether the user may move cards (candidates:write). */
  canMove: boolean;
}

/**
 * The pipeline as a board: a column per stage. A card moves with its buttons (keyboard-friendly) or by dragging
 * it onto a later column; the API decides what is allowed, the buttons only offer what it allows.
 */
export function CandidateBoard({ hiringRequestId, candidates, canMove }: CandidateBoardProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [dragged, setDragged] = useState<Candidate>();
  const move = useMutation({
    mutationFn: ({ id, stage }: { id: string; stage: MoveStage }) => moveCandidate(id, { stage }),
    onSuccess: (moved) => {
      void message.success(
        t('hrPeople.candidate.moved', {
          name: moved.name,
          stage: t(`hrPeople.candidate.stages.${moved.stage as CandidateStage}`),
        }),
      );
      void queryClient.invalidateQueries({ queryKey: recruitmentKeys.candidates(hiringRequestId) });
      void queryClient.invalidateQueries({ queryKey: recruitmentKeys.candidate(moved.id) });
    },
    onError: (error) => void message.error(problemMessage(t, error)),
  });

  const drop = (column: BoardColumn) => {
    const card = dragged;
    setDragged(undefined);
    if (!card || !canMove) return;
    const stage = moveForDrop(card.stage, column);
    if (stage) move.mutate({ id: card.id, stage });
    else if (columnOf(card.stage) !== column) void message.warning(t('hrPeople.candidate.cannotDrop'));
  };

  return (
    <Flex gap="small" style={{ overflowX: 'auto' }} data-testid="candidate-board">
      {BOARD_COLUMNS.map((column) => {
        const cards = candidates.filter((c) => columnOf(c.stage) === column);
        return (
          <Card
            key={column}
            size="small"
            data-testid={`board-column-${column}`}
            title={
              <Space size="small">
                {t(`hrPeople.candidate.columns.${column}`)}
                <Badge count={cards.length} showZero color="#8c8c8c" />
              </Space>
            }
            style={{ minWidth: 200, flex: 1 }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={() => drop(column)}
          >
            {cards.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={null} />}
            <Flex vertical gap="small">
              {cards.map((card) => (
                <Card
                  key={card.id}
                  size="small"
                  draggable={canMove && nextStages(card.stage).length > 0}
                  onDragStart={() => setDragged(card)}
                  data-testid="candidate-card"
                >
                  <Link to={candidatePath(card.id)}>{card.name}</Link>
                  {card.source && (
                    <Typography.Text type="secondary" style={{ display: 'block' }}>
                      {card.source}
                    </Typography.Text>
                  )}
                  {column === 'out' && (
                    <Typography.Text type="secondary">
                      {t(`hrPeople.candidate.stages.${card.stage as CandidateStage}`)}
                    </Typography.Text>
                  )}
                  {canMove && (
                    <Flex gap={4} wrap style={{ marginTop: 4 }}>
                      {nextStages(card.stage)
                        .filter((stage) => stage !== 'withdrawn')
                        .map((stage) => (
                          <Button
                            key={stage}
                            size="small"
                            danger={stage === 'rejected'}
                            loading={move.isPending && move.variables?.id === card.id}
                            aria-label={t('hrPeople.candidate.moveTo', {
                              name: card.name,
                              stage: t(`hrPeople.candidate.stages.${stage}`),
                            })}
                            onClick={() => move.mutate({ id: card.id, stage })}
                          >
                            {t(`hrPeople.candidate.stages.${stage}`)}
                          </Button>
                        ))}
                    </Flex>
                  )}
                </Card>
              ))}
            </Flex>
          </Card>
        );
      })}
    </Flex>
  );
}
